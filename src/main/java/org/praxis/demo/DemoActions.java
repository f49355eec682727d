package org.praxis.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.actions.ActionStatus;
import org.praxis.actions.Actions;
import org.praxis.actions.EvidenceFiles;
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
     * One action: where it came from, what it is, its owner (a demo username), due date, the moves it makes and, where
     * the usual ones would not fit, the notes for them.
     */
    record Plan(
            String source,
            long sourceId,
            String sourceLabel,
            String sourceLink,
            String title,
            String owner,
            LocalDate due,
            List<ActionStatus> moves,
            String why,
            String measure,
            Map<ActionStatus, String> notes) {}

    static void raise(
            Actions actions,
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
        }
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
