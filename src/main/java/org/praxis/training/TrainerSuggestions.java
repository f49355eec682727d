package org.praxis.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.praxis.audit.StandardResults;
import org.praxis.identity.Policies;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.standards.StandardsManual;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff whose moderated audits on a course's standards were good or outstanding: people the learning and development
 * lead might ask to train others. A judgement about named practitioners' work, so only that lead may see it: the rule
 * is on the method, not only on the page that shows it.
 */
@Service
class TrainerSuggestions {

    /** At least this many moderated audits good or better on the standard. */
    static final int FEWEST_AUDITS = 1;

    record Suggestion(long staffId, String fullName, String teamName, String standard, int moderatedGoodOrBetter) {}

    private final StandardResults results;
    private final OrganisationDirectory organisation;
    private final StandardsManual standards;

    TrainerSuggestions(StandardResults results, OrganisationDirectory organisation, StandardsManual standards) {
        this.results = results;
        this.organisation = organisation;
        this.standards = standards;
    }

    @PreAuthorize(Policies.LEARNING_LEADS)
    List<Suggestion> forCourse(Courses.Course course) {
        var exemplars = results.exemplars(course.standardIds(), FEWEST_AUDITS);
        var staff = organisation.staffMembers(
                exemplars.stream().map(StandardResults.Exemplar::staffId).toList());
        var teams = organisation.teams();
        Map<Long, String> codes = standards.current(null, null).stream()
                .collect(Collectors.toMap(StandardsManual.Standard::id, StandardsManual.Standard::code));
        var found = new ArrayList<Suggestion>();
        for (var e : exemplars) {
            var person = staff.get(e.staffId());
            if (person == null || !person.active()) {
                continue; // left the council
            }
            var team = person.teamId() == null ? null : teams.get(person.teamId());
            found.add(new Suggestion(
                    e.staffId(),
                    person.fullName(),
                    team == null ? "No team" : team.name(),
                    codes.getOrDefault(e.standardId(), "?"),
                    e.moderatedGoodOrBetter()));
        }
        return found;
    }
}
