package org.praxis.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.actions.ActionStatus;
import org.praxis.actions.Actions;
import org.praxis.actions.EvidenceFiles;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.learning.LearningRecords;
import org.praxis.learning.LearningRecords.RecommendationPlan;
import org.praxis.learning.LearningRecords.ReviewPlan;
import org.praxis.standards.StandardsManual;

/**
 * Northbridge's last reviews (all fictional): children's and adults' practice reviews, a domestic homicide review, a
 * LeDeR review, a peer review with a neighbouring council and an Ofsted visit, with 5 to 12 recommendations each and
 * their actions in every state. Against the demo's audit history, two show practice improved since and one shows no
 * clear change yet.
 */
final class DemoLearning {

    record Services(
            LearningRecords learning,
            StandardsManual standards,
            Actions actions,
            EvidenceFiles evidence,
            org.praxis.actions.PastActions pastActions,
            StaffAccounts accounts) {}

    /** A finding: its lesson, themes and the codes of the standards it bears on. */
    private record Lesson(String lesson, Set<String> themes, Set<String> standards) {}

    private record Review(ReviewPlan plan, List<Lesson> lessons, List<String> recommendations, List<String> cases) {}

    private static final List<String> OWNERS = List.of("manager", "leader", "practitioner");

    /** The actions' states in turn, so that every review has actions done, under way, overdue and verified. */
    private static final List<List<ActionStatus>> MOVES = List.of(
            List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.VERIFIED),
            List.of(ActionStatus.IN_PROGRESS),
            List.of(),
            List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE),
            List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.RETURNED),
            List.of(ActionStatus.CANCELLED));

    static void load(Services s, List<String> cases, LocalDate today) {
        var users = new HashMap<String, StaffAccounts.StaffAccount>();
        s.accounts().withAnyRole(EnumSet.allOf(Role.class)).forEach(a -> users.put(a.username(), a));
        var codes = new HashMap<String, Long>();
        s.standards().current(null, null).forEach(st -> codes.put(st.code(), st.id()));
        var plans = new ArrayList<DemoActions.Plan>();
        int n = 0;
        for (var review : reviews(today, cases)) {
            long id = s.learning().addReview(review.plan(), "demo");
            review.cases().forEach(c -> s.learning().linkCase(id, c, "demo"));
            Long first = null;
            for (var lesson : review.lessons()) {
                long finding = s.learning()
                        .addFinding(
                                id,
                                lesson.lesson(),
                                lesson.themes(),
                                lesson.standards().stream()
                                        .map(codes::get)
                                        .collect(java.util.stream.Collectors.toSet()),
                                Set.of());
                first = first == null ? finding : first;
            }
            var numbered = new ArrayList<RecommendationPlan>();
            for (int i = 0; i < review.recommendations().size(); i++) {
                numbered.add(new RecommendationPlan(
                        String.valueOf(i + 1), review.recommendations().get(i)));
            }
            var ids = s.learning().addRecommendations(id, first, numbered, "demo");
            boolean closed = review.plan().status().equals("CLOSED");
            // Most recommendations get an action; a newly published review still has some without one.
            int withActions = closed ? ids.size() : ids.size() - 1;
            for (int i = 0; i < withActions; i++) {
                var due = closed
                        ? today.minusMonths(2)
                        : today.plusWeeks(2 + i * 3L).minusMonths(i % 3 == 2 ? 3 : 0);
                var moves = closed
                        ? List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.VERIFIED)
                        : MOVES.get(n++ % MOVES.size());
                plans.add(new DemoActions.Plan(
                        LearningRecords.SOURCE,
                        ids.get(i),
                        review.plan().title() + ", recommendation " + (i + 1),
                        "/learning/reviews/" + id + "#recommendation-" + ids.get(i),
                        action(review.recommendations().get(i)),
                        OWNERS.get(i % OWNERS.size()),
                        raisedOn(review.plan(), due, today),
                        due,
                        moves,
                        review.recommendations().get(i),
                        "Seen in the next audits of the standard, and in supervision records",
                        Map.of(
                                ActionStatus.CANCELLED,
                                "Overtaken by the partnership's new procedure, which covers it.",
                                ActionStatus.RETURNED,
                                "The briefing has been written but not yet given to the teams: give it, then mark"
                                        + " the action done again.")));
            }
        }
        DemoActions.raise(s.actions(), s.pastActions(), s.evidence(), users, plans, today);
    }

    /** Eight weeks before it is due, but not before the review was published nor in the last fortnight. */
    private static LocalDate raisedOn(ReviewPlan review, LocalDate due, LocalDate today) {
        var raised = due.minusWeeks(8).isBefore(today.minusWeeks(2)) ? due.minusWeeks(8) : today.minusWeeks(2);
        var from = review.publishedOn() != null ? review.publishedOn() : review.commissionedOn();
        if (from != null && raised.isBefore(from.plusWeeks(1))) {
            raised = from.plusWeeks(1);
        }
        return raised.isBefore(today) ? raised : today.minusDays(1);
    }

    /** An action's title from its recommendation: the first clause, as an instruction. */
    private static String action(String recommendation) {
        var text = recommendation.replaceFirst("\\.$", "");
        text = text.length() > 140 ? text.substring(0, 137) + "..." : text;
        return "Put into practice: " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static List<Review> reviews(LocalDate today, List<String> cases) {
        return List.of(
                new Review(
                        new ReviewPlan(
                                "Child Safeguarding Practice Review: Child K",
                                "LOCAL_CSPR",
                                "CHILDREN",
                                "Northbridge Safeguarding Children Partnership",
                                today.minusMonths(15),
                                today.minusMonths(6).withDayOfMonth(10),
                                "PUBLISHED",
                                "https://www.example.org/northbridge/cspr-child-k",
                                "Child K, aged 4, was seriously injured by his mother's new partner. Several agencies"
                                        + " knew of the partner; none assessed him."),
                        List.of(
                                new Lesson(
                                        "Risk from the mother's new partner was not identified, assessed or reviewed",
                                        Set.of("Risk assessment", "Professional curiosity"),
                                        Set.of("CS5")),
                                new Lesson(
                                        "Child K was rarely seen alone, so what life was like for him was not known",
                                        Set.of("Voice of the child"),
                                        Set.of("CS1", "CS2"))),
                        List.of(
                                "Every assessment names and assesses the adults in the child's household.",
                                "Practitioners see young children alone, or record why they could not.",
                                "Managers check at each supervision that new adults in the household are assessed.",
                                "The partnership publishes a one-page briefing on professional curiosity.",
                                "Schools and nurseries share concerns about new adults with children's social care.",
                                "Health visitors are invited to every strategy discussion for a child under five.",
                                "Training on assessing risk from partners is given to every children's team.",
                                "Audits of risk assessment are repeated within nine months."),
                        List.of(cases.get(0))),
                new Review(
                        new ReviewPlan(
                                "Safeguarding Adults Review: Mr M",
                                "SAR",
                                "ADULTS",
                                "Northbridge Safeguarding Adults Board",
                                today.minusMonths(14),
                                today.minusMonths(6).withDayOfMonth(20),
                                "PUBLISHED",
                                "https://www.example.org/northbridge/sar-mr-m",
                                "Mr M, who lived alone with self-neglect, died after a fall. His own wishes were not"
                                        + " asked about during two safeguarding enquiries."),
                        List.of(new Lesson(
                                "Mr M's own view of the risks, and what he wanted, was not sought or recorded",
                                Set.of("Professional curiosity", "Mental capacity"),
                                Set.of("AS1"))),
                        List.of(
                                "Every safeguarding enquiry records what the person wants to happen.",
                                "Practitioners use the Making Safeguarding Personal prompts in every enquiry.",
                                "Self-neglect cases are discussed at a multi-agency risk meeting.",
                                "Managers audit five enquiries a month for the person's voice.",
                                "The board's self-neglect guidance is rewritten with people who use services.",
                                "Housing officers are trained to raise self-neglect concerns."),
                        List.of(cases.get(1))),
                new Review(
                        new ReviewPlan(
                                "Rapid review: Baby L",
                                "RAPID_REVIEW",
                                "CHILDREN",
                                "Northbridge Safeguarding Children Partnership",
                                today.minusMonths(7),
                                today.minusMonths(5).withDayOfMonth(3),
                                "PUBLISHED",
                                null,
                                "Baby L was admitted with a head injury. Assessments had not been updated after the"
                                        + " family's circumstances changed."),
                        List.of(new Lesson(
                                "Assessments were not updated when the family's circumstances changed",
                                Set.of("Risk assessment", "Neglect"),
                                Set.of("CS3"))),
                        List.of(
                                "Assessments are updated within ten working days of a significant change.",
                                "Chronologies are kept up to date and used in assessments.",
                                "Pre-birth assessments start by 20 weeks of pregnancy.",
                                "Fathers are invited to every pre-birth assessment meeting.",
                                "The partnership's safe sleep message is given at every visit to a baby."),
                        List.of()),
                new Review(
                        new ReviewPlan(
                                "Domestic Homicide Review: Ms P",
                                "DHR",
                                "ALL",
                                "Northbridge Community Safety Partnership",
                                today.minusMonths(16),
                                today.minusMonths(4).withDayOfMonth(12),
                                "PUBLISHED",
                                "https://www.example.org/northbridge/dhr-ms-p",
                                "Ms P was killed by her former partner. She had told her GP and adult social care that"
                                        + " she was afraid of him."),
                        List.of(new Lesson(
                                "Ms P's disclosures of fear were not shared between agencies or escalated",
                                Set.of("Domestic abuse", "Information sharing", "Escalation"),
                                Set.of())),
                        List.of(
                                "Every disclosure of domestic abuse is followed by a risk assessment (DASH).",
                                "High-risk cases are referred to the MARAC the same week.",
                                "GPs and adult social care agree how they share disclosures of abuse.",
                                "Staff are trained in routine enquiry about domestic abuse.",
                                "The partnership reviews its escalation procedure.",
                                "Adult social care names a domestic abuse lead in each team.",
                                "The council's own staff domestic abuse policy is reviewed.",
                                "Housing allocations consider the risk from former partners.",
                                "The partnership checks in a year that these changes have been made.",
                                "Lessons are shared with neighbouring partnerships."),
                        List.of()),
                new Review(
                        new ReviewPlan(
                                "LeDeR review: Mr T",
                                "LEDER",
                                "ADULTS",
                                "Northbridge Integrated Care Board",
                                today.minusMonths(9),
                                today.minusMonths(3).withDayOfMonth(8),
                                "PUBLISHED",
                                null,
                                "Mr T, a young man with a learning disability, died in hospital months after moving"
                                        + " from children's to adults' services."),
                        List.of(new Lesson(
                                "Mr T's move to adults' services was planned late, and his health needs were lost",
                                Set.of("Transitions"),
                                Set.of("AS4"))),
                        List.of(
                                "Transition planning starts at 14 for every young person likely to need adult care.",
                                "Annual health checks are part of every transition plan.",
                                "Reasonable adjustments are recorded and shared with hospitals.",
                                "Adults' and children's teams hold a joint panel each month.",
                                "The council's transitions protocol is rewritten with families.",
                                "Training on the Mental Capacity Act is given to transitions workers.",
                                "A named worker stays with the young person through the move."),
                        List.of()),
                new Review(
                        new ReviewPlan(
                                "Peer review: \u201cMy Time\u201d with Southvale Council",
                                "PEER_REVIEW",
                                "CHILDREN",
                                "Southvale City Council (peer team)",
                                today.minusMonths(4),
                                today.minusMonths(2).withDayOfMonth(15),
                                "PUBLISHED",
                                null,
                                "A week-long peer review of children's social care by a neighbouring council, focused"
                                        + " on supervision and the time practitioners have with children."),
                        List.of(new Lesson(
                                "Supervision is regular, but rarely reflective about the child's experience",
                                Set.of("Supervision and management oversight", "Voice of the child"),
                                Set.of("CS2"))),
                        List.of(
                                "Supervision records include reflection on the child's experience.",
                                "Group reflective supervision is offered monthly in every team.",
                                "Practice leaders observe supervision twice a year.",
                                "Caseloads above 20 are escalated to the head of service.",
                                "Newly qualified workers have protected time for reflection.",
                                "Managers are trained in reflective supervision.",
                                "The supervision policy is reviewed with practitioners.",
                                "The peer team is invited back in a year.",
                                "Practitioners' time with children is measured in the next Practice Week.",
                                "Southvale is invited to Northbridge's next peer review in return.",
                                "A summary of the review is shared with every team.",
                                "The principal social worker reports progress to the leadership team."),
                        List.of()),
                new Review(
                        new ReviewPlan(
                                "Ofsted focused visit: children in need",
                                "INSPECTION",
                                "CHILDREN",
                                "Ofsted",
                                today.minusMonths(14),
                                today.minusMonths(13).withDayOfMonth(1),
                                "CLOSED",
                                "https://www.example.org/ofsted/northbridge-focused-visit",
                                "A focused visit looking at children in need and the front door."),
                        List.of(new Lesson(
                                "Plans for children in need did not say who would do what by when",
                                Set.of("Risk assessment"),
                                Set.of("CS4"))),
                        List.of(
                                "Every child in need plan says who does what by when.",
                                "Child in need reviews are held at least every three months.",
                                "Managers sign off every plan within five working days.",
                                "Plans are written so that children and families can understand them.",
                                "The front door's decisions are audited monthly."),
                        List.of()),
                new Review(
                        new ReviewPlan(
                                "Thematic review: neglect in adolescence",
                                "THEMATIC",
                                "CHILDREN",
                                "Northbridge City Council (principal social worker)",
                                today.minusMonths(1),
                                null,
                                "IN_PROGRESS",
                                null,
                                "An internal review of how neglect of teenagers is recognised, commissioned after the"
                                        + " last Practice Week."),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    private DemoLearning() {}
}
