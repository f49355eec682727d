package org.praxis.training;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.learning.LearningThemes;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.standards.StandardsManual;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.springframework.stereotype.Component;

/** The choices the training forms offer, and the names their pages show, each list read in one query. */
@Component
class TrainingChoices {

    private final StandardsManual standards;
    private final LearningThemes themes;
    private final OrganisationDirectory organisation;

    TrainingChoices(StandardsManual standards, LearningThemes themes, OrganisationDirectory organisation) {
        this.standards = standards;
        this.themes = themes;
        this.organisation = organisation;
    }

    List<Option> standardOptions() {
        return standards.current(null, null).stream()
                .map(s -> new Option(String.valueOf(s.id()), s.label()))
                .toList();
    }

    /** The themes a course may be aimed at: those in use, and any retired since that it is already aimed at. */
    List<Option> themeOptions(Set<Long> aimedAt) {
        return themes.offered(aimedAt).stream()
                .map(t -> new Option(String.valueOf(t.id()), t.label()))
                .toList();
    }

    static List<Option> jobRoleOptions() {
        return Arrays.stream(JobRole.values())
                .map(r -> new Option(r.name(), r.label()))
                .toList();
    }

    List<Option> teamOptions() {
        return organisation.activeTeams().stream()
                .map(t -> new Option(String.valueOf(t.id()), t.name()))
                .toList();
    }

    List<Option> staffOptions() {
        var teams = organisation.teams();
        return organisation.activeStaff().stream()
                .sorted(java.util.Comparator.comparing(OrganisationDirectory.StaffSummary::fullName))
                .map(s -> new Option(
                        String.valueOf(s.id()),
                        s.fullName()
                                + (s.teamId() == null || !teams.containsKey(s.teamId())
                                        ? ""
                                        : ", " + teams.get(s.teamId()).name())))
                .toList();
    }

    Map<Long, String> standardLabels() {
        return standards.current(null, null).stream()
                .collect(Collectors.toMap(StandardsManual.Standard::id, StandardsManual.Standard::label));
    }

    Map<Long, String> themeNames() {
        return themes.all().stream().collect(Collectors.toMap(LearningThemes.Theme::id, LearningThemes.Theme::name));
    }

    Map<Long, String> teamNames() {
        return organisation.teams().values().stream()
                .collect(Collectors.toMap(
                        OrganisationDirectory.TeamSummary::id, OrganisationDirectory.TeamSummary::name));
    }

    Map<Long, String> staffNames(Collection<Long> ids) {
        return organisation.staffMembers(ids).values().stream()
                .collect(Collectors.toMap(
                        OrganisationDirectory.StaffSummary::id, OrganisationDirectory.StaffSummary::fullName));
    }

    /** The ids among what was ticked that are real choices; anything else is dropped. */
    static Set<Long> ids(List<String> ticked, List<Option> choices) {
        var allowed = choices.stream().map(Option::value).collect(Collectors.toSet());
        var ids = new LinkedHashSet<Long>();
        if (ticked != null) {
            ticked.stream().filter(allowed::contains).map(FormValues::id).forEach(ids::add);
        }
        return ids;
    }

    static Set<JobRole> jobRoles(List<String> ticked) {
        var roles = new LinkedHashSet<JobRole>();
        if (ticked != null) {
            ticked.stream()
                    .map(t -> FormValues.parse(JobRole.class, t))
                    .filter(r -> r != null)
                    .forEach(roles::add);
        }
        return roles;
    }

    static List<String> strings(Collection<?> values) {
        return values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                .toList();
    }
}
