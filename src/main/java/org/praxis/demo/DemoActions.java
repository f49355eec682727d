package org.praxis.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.actions.ActionStatus;
import org.praxis.actions.Actions;
import org.praxis.actions.EvidenceFiles;
import org.praxis.actions.PastActions;
import org.praxis.actions.Priority;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;

/**
 * The demo's actions, raised by the QA lead and moved through the tracker's own rules (evidence with "done",
 * verification by someone other than the owner), so every state is one a council would reach.
 */
final class DemoActions {

    /**
     * One action: where it came from, what it is, its owner (a demo username), when it was raised, its due date, the
     * moves it makes and, where the usual ones would not fit, the notes for them.
     */
    record Plan(
            String source,
            long sourceId,
            String sourceLabel,
            String sourceLink,
            String title,
            String owner,
            LocalDate raisedOn,
            LocalDate due,
            List<ActionStatus> moves,
            String why,
            String measure,
            Map<ActionStatus, String> notes) {}

    /**
     * Raises the plans through the tracker's rules, then dates each as it happened: raised on its day, its moves spread
     * evenly from then until its due date (or yesterday, if that comes first), so past quarters have actions raised,
     * completed and overdue in them as a council's would.
     */
    static void raise(
            Actions actions,
            PastActions past,
            EvidenceFiles evidence,
            Map<String, StaffAccounts.StaffAccount> users,
            List<Plan> plans,
            LocalDate today) {
        var qaLead = as(users.get("qa.lead"), true);
        for (var p : plans) {
            var owner = users.get(p.owner());
            long id = actions.raise(
                    new Actions.NewAction(
                                    p.source(),
                                    p.sourceId(),
                                    p.sourceLabel(),
                                    p.sourceLink(),
                                    p.title(),
                                    null,
                                    owner.userId(),
                                    p.due())
                            .because(
                                    p.why(),
                                    null,
                                    null,
                                    p.measure(),
                                    p.due().isBefore(today) ? Priority.HIGH : Priority.MEDIUM),
                    qaLead);
            int lock = 0;
            for (var to : p.moves()) {
                var by = switch (to) {
                    case VERIFIED, CANCELLED, RETURNED -> users.get("qa.lead");
                    default -> owner;
                };
                if (to == ActionStatus.DONE) {
                    try {
                        evidence.add(
                                id,
                                "supervision-note.pdf",
                                new ByteArrayInputStream(DemoEvidence.pdf(p.title())),
                                as(owner, false));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                var note = p.notes().containsKey(to)
                        ? p.notes().get(to)
                        : switch (to) {
                            case DONE -> "Done and discussed in supervision; see the case record.";
                            case VERIFIED -> "Checked on the case file.";
                            case CANCELLED -> "No longer needed: the family moved out of the area.";
                            case RETURNED ->
                                "The plan has timescales now, but still no contingency plan: add it, then mark the action"
                                        + " done again.";
                            default -> "";
                        };
                actions.move(id, lock++, to, note, as(by, by == users.get("qa.lead")));
            }
            past.dated(id, p.raisedOn().atTime(9, 30), moveTimes(p, today));
        }
    }

    private static List<LocalDateTime> moveTimes(Plan p, LocalDate today) {
        if (!p.raisedOn().isBefore(today)) {
            throw new IllegalArgumentException("A demo action is raised before today: " + p.title());
        }
        var end = p.due().isBefore(today) ? p.due() : today.minusDays(1);
        long span =
                Math.max(ChronoUnit.DAYS.between(p.raisedOn(), end), p.moves().size());
        var times = new ArrayList<LocalDateTime>();
        for (int k = 1; k <= p.moves().size(); k++) {
            var day = p.raisedOn().plusDays(span * k / (p.moves().size() + 1));
            times.add((day.isBefore(today) ? day : today.minusDays(1))
                    .atTime(14, 0)
                    .plusMinutes(k));
        }
        return times;
    }

    static CurrentUser as(StaffAccounts.StaffAccount a, boolean qaLead) {
        return new CurrentUser(
                a.userId(),
                a.username(),
                a.name(),
                qaLead ? Set.of(Role.QA_LEAD, Role.LEADER) : Set.of(Role.LEADER),
                a.teamId(),
                a.staffId(),
                null);
    }

    private DemoActions() {}
}
