package org.praxis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.praxis.complaints.ComplaintKind;
import org.praxis.complaints.ComplaintRecords;
import org.praxis.complaints.Outcome;
import org.praxis.complaints.Procedure;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationSetup;
import org.springframework.stereotype.Component;

/**
 * The demo's complaints and compliments, all made up, over two years: about 18 complaints a month, the mix of
 * categories shifting from "not getting back to people" to disagreement with decisions such as eligibility (the
 * pattern in the seeds' minutes); most answered in time, some escalated to stage 2, one to the Ombudsman (fault,
 * remedied), learning actions from upheld ones; compliments about teams and about the demo practitioner; and a
 * complaints manager (Morgan Ellery, made up) who signs in as {@code complaints.manager}.
 */
@Component
class ComplaintsDemo {

    static final String USERNAME = "complaints.manager";
    private static final String DEMO = "demo";
    static final List<String> CATEGORIES = List.of(
            "Communication or not getting back",
            "Delay",
            "Decision or eligibility",
            "Staff conduct",
            "Charging",
            "Quality of care");
    private static final List<String> CHILDREN_TEAMS = List.of(
            "Assessment Team North",
            "Assessment Team South",
            "Child in Need Team 1",
            "Child Protection Team East",
            "Child Protection Team West",
            "Children in Care Team 1",
            "Leaving Care",
            "Disabled Children's Team");
    private static final List<String> ADULTS_TEAMS = List.of(
            "Adults Contact and Response",
            "Reablement Service",
            "Hospital Discharge Team",
            "Long Term Support North",
            "Long Term Support South",
            "Learning Disability Team");
    private static final List<String> SUMMARIES = List.of(
            "Calls and emails to the social worker were not returned for several weeks.",
            "The assessment took longer than the family was told it would.",
            "The family disagrees with the decision that needs are not eligible for support.",
            "The family felt a worker spoke to them dismissively at a visit.",
            "A charge for care was worked out wrongly and not explained.",
            "Care at home was missed on three days without notice.");
    private static final List<String> COMPLIMENTS = List.of(
            "A parent wrote to thank the worker for listening and for explaining each step.",
            "A carer thanked the team for arranging support quickly after a hospital stay.",
            "A young person said their worker always came back to them when promised.");

    private final ComplaintRecords records;
    private final OrganisationDirectory directory;
    private final OrganisationSetup organisation;
    private final Accounts accounts;
    private final StaffAccounts staffAccounts;
    private final Clock clock;

    ComplaintsDemo(
            ComplaintRecords records,
            OrganisationDirectory directory,
            OrganisationSetup organisation,
            Accounts accounts,
            StaffAccounts staffAccounts,
            Clock clock) {
        this.records = records;
        this.directory = directory;
        this.organisation = organisation;
        this.accounts = accounts;
        this.staffAccounts = staffAccounts;
        this.clock = clock;
    }

    void load(String passwordHash) {
        var today = LocalDate.now(clock);
        var qaTeam = directory.teamByName("Children's Quality Assurance").orElseThrow();
        var email = "morgan.ellery@northbridge.example.gov.uk";
        var ids = organisation.addStaff(List.of(new OrganisationSetup.NewStaffMember(
                "Morgan Ellery",
                email,
                JobRole.QUALITY_ASSURANCE_OFFICER,
                qaTeam.id(),
                EmploymentType.PERMANENT,
                today.minusYears(4))));
        accounts.createWithHash(
                USERNAME, passwordHash, ids.get(email), null, null, EnumSet.of(Role.COMPLAINTS_MANAGER));

        var manager = account("manager");
        var practitioner = account("practitioner");
        var children = CHILDREN_TEAMS.stream()
                .map(n -> directory.teamByName(n).orElseThrow().id())
                .toList();
        var adults = ADULTS_TEAMS.stream()
                .map(n -> directory.teamByName(n).orElseThrow().id())
                .toList();
        var random = new Random(17);
        var entries = new ArrayList<ComplaintRecords.Entry>();
        var start = today.minusMonths(24).withDayOfMonth(1);
        for (int month = 0; month < 24; month++) {
            var first = start.plusMonths(month);
            double shift = month / 23.0;
            for (int i = 0; i < 18; i++) {
                var received = first.plusDays(random.nextInt(first.lengthOfMonth()));
                if (received.isAfter(today)) {
                    continue;
                }
                var procedure = i < 10 ? Procedure.CHILDREN : i < 16 ? Procedure.ADULTS : Procedure.CORPORATE;
                var teams = procedure == Procedure.ADULTS ? adults : children;
                long team =
                        i == 0 && manager.teamId() != null ? manager.teamId() : teams.get(random.nextInt(teams.size()));
                int category = category(random.nextDouble(), shift);
                var outcome = outcome(random.nextDouble(), category);
                var responded = received.plusDays(7 + random.nextInt(random.nextDouble() < 0.85 ? 8 : 30));
                boolean answered = responded.isBefore(today);
                var escalated = procedure != Procedure.ADULTS
                        && answered
                        && outcome != Outcome.UPHELD
                        && random.nextDouble() < 0.12;
                var stage2 = escalated ? responded.plusDays(5 + random.nextInt(20)) : null;
                if (stage2 != null && stage2.isAfter(today)) {
                    stage2 = null;
                }
                var stage2Responded = stage2 == null ? null : stage2.plusDays(25 + random.nextInt(20));
                if (stage2Responded != null && stage2Responded.isAfter(today)) {
                    stage2Responded = null;
                }
                entries.add(new ComplaintRecords.Entry(
                        ComplaintKind.COMPLAINT,
                        procedure,
                        received,
                        team,
                        null,
                        CATEGORIES.get(category),
                        SUMMARIES.get(category),
                        answered ? responded : null,
                        answered ? outcome : null,
                        stage2,
                        stage2Responded,
                        stage2Responded == null ? null : Outcome.NOT_UPHELD,
                        answered && outcome.upheld() && random.nextDouble() < 0.3 ? learning(category) : null));
            }
            for (int i = 0; i < 6; i++) {
                var received = first.plusDays(random.nextInt(first.lengthOfMonth()));
                if (received.isAfter(today)) {
                    continue;
                }
                boolean aboutPractitioner = i == 0 && practitioner.teamId() != null;
                var procedure = i < 4 ? Procedure.CHILDREN : Procedure.ADULTS;
                var teams = procedure == Procedure.ADULTS ? adults : children;
                entries.add(new ComplaintRecords.Entry(
                        ComplaintKind.COMPLIMENT,
                        procedure,
                        received,
                        aboutPractitioner ? practitioner.teamId() : teams.get(random.nextInt(teams.size())),
                        aboutPractitioner ? practitioner.staffId() : null,
                        null,
                        COMPLIMENTS.get(i % COMPLIMENTS.size()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            if (month % 3 == 0) {
                var received = first.plusDays(10);
                if (!received.isAfter(today)) {
                    entries.add(new ComplaintRecords.Entry(
                            ComplaintKind.ENQUIRY,
                            Procedure.CORPORATE,
                            received,
                            children.get(month % children.size()),
                            null,
                            null,
                            "A ward councillor asked on a family’s behalf when an assessment would be finished.",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                }
            }
        }
        var loaded = records.load(entries, DEMO);
        // One children's complaint, upheld in part at stage 2, went to the Ombudsman, who found fault causing
        // injustice; the council complied with the remedy.
        int ombudsman = -1;
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            if (e.procedure() == Procedure.CHILDREN
                    && e.stage2RespondedOn() != null
                    && e.stage2RespondedOn().isBefore(today.minusMonths(6))) {
                ombudsman = i;
                break;
            }
        }
        if (ombudsman >= 0) {
            var e = entries.get(ombudsman);
            var referred = e.stage2RespondedOn().plusDays(30);
            records.ombudsman(
                    loaded[ombudsman],
                    referred,
                    referred.plusDays(60),
                    true,
                    true,
                    "An apology, a payment of £300 for the distress caused, and a review of how duty calls are logged.",
                    referred.plusDays(90),
                    referred.plusDays(80));
        }
        int raised = 0;
        for (int i = entries.size() - 1; i >= 0 && raised < 4; i--) {
            var e = entries.get(i);
            if (e.learning() != null && manager.userId() > 0) {
                records.raiseLearningAction(
                        loaded[i],
                        manager.userId(),
                        raised % 2 == 0
                                ? "Agree a call-back standard with the team and check it in supervision"
                                : "Explain eligibility decisions in writing, with how to ask for a review",
                        today.plusWeeks(4 + raised * 2),
                        DEMO);
                raised++;
            }
        }
    }

    private StaffAccounts.StaffAccount account(String username) {
        var id = accounts.idOf(username).orElseThrow();
        return staffAccounts.byIds(List.of(id)).get(id);
    }

    /** Not getting back falls from 45% to 12% of complaints over the two years; decisions rise from 8% to 38%. */
    private static int category(double draw, double shift) {
        double communication = 0.45 - 0.33 * shift;
        double decision = 0.08 + 0.30 * shift;
        if (draw < communication) {
            return 0;
        }
        if (draw < communication + 0.15) {
            return 1;
        }
        if (draw < communication + 0.15 + decision) {
            return 2;
        }
        double rest = (draw - communication - 0.15 - decision) / (1 - communication - 0.15 - decision);
        return rest < 0.35 ? 3 : rest < 0.55 ? 4 : 5;
    }

    private static Outcome outcome(double draw, int category) {
        double upheld = category == 0 ? 0.6 : category == 2 ? 0.25 : 0.45;
        return draw < upheld * 0.5 ? Outcome.UPHELD : draw < upheld ? Outcome.PARTLY_UPHELD : Outcome.NOT_UPHELD;
    }

    private static String learning(int category) {
        return switch (category) {
            case 0 -> "Families were not called back when workers were on leave: duty now picks up messages daily.";
            case 2 ->
                "Decision letters did not explain eligibility: the letter now says why and how to ask for a review.";
            case 1 -> "Assessments waited for a manager’s sign-off: deputies can now sign off.";
            default -> "The team discussed the complaint in a practice meeting and agreed what to do differently.";
        };
    }
}
