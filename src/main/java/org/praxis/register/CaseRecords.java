package org.praxis.register;

import java.util.List;
import org.praxis.identity.CurrentUser;

/**
 * What other modules hold about a case (its audits), listed on the case page. Each module decides, by its own
 * rules, which of its records the reader may open: a record the reader may not open is not listed.
 */
public interface CaseRecords {

    /** One record about the case: a link and a line saying what it is. */
    record Link(String text, String href, String detail) {}

    /** The heading the records are listed under, such as "Audits of this case". */
    String heading();

    List<Link> about(String caseReference, CurrentUser reader);
}
