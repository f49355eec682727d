package org.praxis.standards;

import java.util.List;
import org.praxis.identity.CurrentUser;

/**
 * What other modules hold that cites a practice standard (the audit questions that test it, the learning that bears on
 * it), listed on the standard's page. Each module decides, by its own rules, what the reader may see and open.
 */
public interface StandardCitations {

    /** One citing record: a line saying what it is, and a link when the reader may open it. */
    record Citation(String text, String href) {}

    /** The heading the citations are listed under, such as "Audit questions that test it". */
    String heading();

    List<Citation> of(long standardId, CurrentUser reader);
}
