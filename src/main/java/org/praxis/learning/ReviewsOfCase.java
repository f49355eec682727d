package org.praxis.learning;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.register.CaseRecords;
import org.springframework.stereotype.Component;

/** The learning reviews a case is linked to, on the case page (which only those who may open the case reach). */
@Component
class ReviewsOfCase implements CaseRecords {

    private final Reviews reviews;

    ReviewsOfCase(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String heading() {
        return "Learning reviews about this case";
    }

    @Override
    public List<Link> about(String caseReference, CurrentUser reader) {
        return reviews.ofCase(caseReference).stream()
                .map(r -> new Link(
                        r.title(),
                        "/learning/reviews/" + r.id(),
                        r.kind().label()
                                + (r.publishedOn() == null
                                        ? " · not published yet"
                                        : " · published " + r.publishedOn().format(SynopsisController.DAY))))
                .toList();
    }
}
