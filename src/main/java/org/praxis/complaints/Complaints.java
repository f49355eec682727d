package org.praxis.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.Actions;
import org.praxis.actions.Priority;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.SamplingFrame;
import org.praxis.register.WorkingDayCalendar;
import org.praxis.standards.StandardsManual;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from the screens, one use case a method: check access, check the rule, change, record in the access
 * log, in one transaction. The complainant's name and contact are given only to the complaints manager.
 */
@Service
class Complaints {

    static final String SOURCE = "COMPLAINT";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** A complaint as its page shows it to this reader. */
    record View(
            ComplaintStore.Stored complaint,
            String teamName,
            String workerName,
            String categoryName,
            boolean complainantShown,
            Long caseId,
            List<ComplaintStore.Stage> stages,
            Optional<ComplaintStore.Ombudsman> ombudsman,
            List<Long> themeIds,
            List<Actions.ActionRow> actions) {

        public ComplaintStore.Stage current() {
            return stages.isEmpty() ? null : stages.getLast();
        }
    }

    /** An action raised from a complaint's learning. */
    record LearningAction(String title, long ownerUserId, LocalDate dueOn, Long standardId) {}

    private final ComplaintStore store;
    private final ComplaintClocks clocks;
    private final WorkingDayCalendar calendar;
    private final OrganisationDirectory organisation;
    private final SamplingFrame register;
    private final AccessLog accessLog;
    private final Actions actions;
    private final StandardsManual standards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(
            ComplaintStore store,
            ComplaintClocks clocks,
            WorkingDayCalendar calendar,
            OrganisationDirectory organisation,
            SamplingFrame register,
            AccessLog accessLog,
            Actions actions,
            StandardsManual standards,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.clocks = clocks;
        this.calendar = calendar;
        this.organisation = organisation;
        this.register = register;
        this.accessLog = accessLog;
        this.actions = actions;
        this.standards = standards;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks a new complaint against the rules; the problem names its field. Shared with the import. */
    void check(ComplaintStore.NewComplaint c, java.util.Map<String, SamplingFrame.LiveCase> cases) {
        if (c.receivedOn().isAfter(today())) {
            throw new Refused("receivedOn", "The date received must be today or in the past");
        }
        if (c.teamId() != null && organisation.team(c.teamId()).isEmpty()) {
            throw new Refused("team", "Select the team it is about");
        }
        if (c.staffId() != null) {
            var worker = organisation
                    .staffMember(c.staffId())
                    .orElseThrow(() -> new Refused("worker", "Select a worker from the staff list, or none"));
            if (c.teamId() != null && !c.teamId().equals(worker.teamId())) {
                var team = organisation.team(c.teamId()).map(t -> t.name()).orElse("the team chosen");
                var theirs = worker.teamId() == null
                        ? "in no team"
                        : "in "
                                + organisation
                                        .team(worker.teamId())
                                        .map(t -> t.name())
                                        .orElse("another team");
                throw new Refused(
                        "worker",
                        "The worker it is about must be in the team it is about: " + worker.fullName() + " is "
                                + theirs + ", not " + team + ". Choose someone in " + team
                                + ", or no one in particular");
            }
        }
        if (c.kind() == ComplaintKind.COMPLAINT && c.categoryId() == null) {
            throw new Refused("category", "Select the category of the complaint");
        }
        if (c.categoryId() != null
                && store.categories().stream().noneMatch(k -> k.id() == c.categoryId() && !k.retired())) {
            throw new Refused("category", "Select a category from the list");
        }
        if (c.caseReference() != null && !cases.containsKey(c.caseReference())) {
            throw new Refused(
                    "caseReference",
                    "There is no case " + c.caseReference() + " in the register: check the reference, or leave it out");
        }
        if (c.externalReference() != null && store.externalReferenceTaken(c.externalReference())) {
            throw new Refused(
                    "externalReference",
                    "A complaint with reference " + c.externalReference() + " is already recorded");
        }
    }

    @Transactional
    long record(CurrentUser user, ComplaintStore.NewComplaint c) {
        if (!user.has(Role.COMPLAINTS_MANAGER)) {
            throw new RecordRefused("Complaint", "new", "Only the complaints manager records complaints");
        }
        check(c, c.caseReference() == null ? java.util.Map.of() : register.live(List.of(c.caseReference())));
        long id = add(c, user.username(), calendar.now());
        accessLog.changed("Complaint", id);
        return id;
    }

    /** Writes a checked complaint and its first stage's clock; a compliment is announced to its team. */
    long add(ComplaintStore.NewComplaint given, String by, WorkingDayCalendar.Counter days) {
        // categories are of complaints: a compliment sent in with one keeps none
        var c = given.kind() == ComplaintKind.COMPLIMENT && given.categoryId() != null
                ? new ComplaintStore.NewComplaint(
                        given.kind(),
                        given.procedure(),
                        given.receivedOn(),
                        given.channel(),
                        given.teamId(),
                        given.staffId(),
                        given.caseReference(),
                        null,
                        given.summary(),
                        given.complainantName(),
                        given.complainantContact(),
                        given.externalReference())
                : given;
        long id = store.insert(c, by);
        if (c.kind() == ComplaintKind.COMPLAINT) {
            store.insertStage(
                    id, c.procedure(), 1, c.receivedOn(), clocks.start(c.procedure(), 1, c.receivedOn(), days));
        }
        if (c.kind() == ComplaintKind.COMPLIMENT && c.teamId() != null) {
            events.publishEvent(new ComplimentReceived(
                    id,
                    c.teamId(),
                    c.staffId(),
                    organisation.team(c.teamId()).map(t -> t.name()).orElse("")));
        }
        return id;
    }

    /** A complaint for a reader who may read it; the reading (and the case it is about) in the access log. */
    @Transactional
    View open(CurrentUser user, long id) {
        var c = store.find(id).orElseThrow(NotFound::new);
        if (!RecordAccess.mayReadComplaint(user, c.teamId(), c.staffId(), c.kind() == ComplaintKind.COMPLIMENT)) {
            throw new RecordRefused("Complaint", id, "Not the reader's team, nor a compliment about them");
        }
        accessLog.viewed("Complaint", id);
        Long caseId = null;
        if (c.caseReference() != null) {
            var live = register.live(List.of(c.caseReference())).get(c.caseReference());
            if (live != null && RecordAccess.mayOpenCase(user, live.teamId())) {
                caseId = live.id();
                accessLog.viewed("Case", live.id());
            }
        }
        var category = c.categoryId() == null
                ? null
                : store.categories().stream()
                        .filter(k -> k.id() == c.categoryId())
                        .map(ComplaintStore.Category::name)
                        .findFirst()
                        .orElse(null);
        var sources = actions.forSource(SOURCE, id);
        return new View(
                c,
                c.teamId() == null
                        ? null
                        : organisation.team(c.teamId()).map(t -> t.name()).orElse(null),
                c.staffId() == null
                        ? null
                        : organisation
                                .staffMember(c.staffId())
                                .map(s -> s.fullName())
                                .orElse(null),
                category,
                RecordAccess.maySeeComplainant(user),
                caseId,
                store.stages(id),
                store.ombudsman(id),
                store.themes(id),
                sources);
    }

    private ComplaintStore.Stored changing(CurrentUser user, long id, int lockVersion) {
        if (!user.has(Role.COMPLAINTS_MANAGER)) {
            throw new RecordRefused("Complaint", id, "Only the complaints manager changes complaints");
        }
        var c = store.find(id).orElseThrow(NotFound::new);
        if (c.kind() != ComplaintKind.COMPLAINT) {
            throw new Refused("Compliments and enquiries have no stages");
        }
        if (store.touch(id, lockVersion) == 0) {
            throw new Stale();
        }
        accessLog.changed("Complaint", id);
        return c;
    }

    private ComplaintStore.Stage current(long id) {
        var stages = store.stages(id);
        if (stages.isEmpty()) {
            throw new Refused("This complaint has no stage");
        }
        return stages.getLast();
    }

    /** Adults': acknowledged, with the response period agreed with the complainant. */
    @Transactional
    void acknowledge(CurrentUser user, long id, int lockVersion, LocalDate on, int agreedWorkingDays) {
        var c = changing(user, id, lockVersion);
        var stage = current(id);
        if (on.isBefore(stage.requestedOn())) {
            throw new Refused(
                    "acknowledgedOn",
                    "The acknowledgement date must be on or after the day it was received ("
                            + DAY.format(stage.requestedOn()) + ")");
        }
        if (on.isAfter(today())) {
            throw new Refused("acknowledgedOn", "The acknowledgement date must be today or in the past");
        }
        if (agreedWorkingDays < 1 || agreedWorkingDays > 130) {
            throw new Refused("agreedWorkingDays", "Enter the agreed period as 1 to 130 working days");
        }
        store.acknowledge(
                stage.id(),
                on,
                c.procedure() == Procedure.ADULTS ? agreedWorkingDays : null,
                c.procedure() == Procedure.ADULTS
                        ? calendar.now().plus(stage.requestedOn(), agreedWorkingDays)
                        : stage.dueOn());
    }

    @Transactional
    void extend(CurrentUser user, long id, int lockVersion, LocalDate to, String reason) {
        var c = changing(user, id, lockVersion);
        var stage = current(id);
        if (reason == null || reason.isBlank()) {
            throw new Refused("reason", "Enter the reason for the extension");
        }
        if (stage.respondedOn() != null) {
            throw new Refused("extendedTo", "This stage has been responded to: there is nothing to extend");
        }
        if (stage.due() == null) {
            throw new Refused("extendedTo", "Agree the response period with the complainant first");
        }
        if (!to.isAfter(stage.due())) {
            throw new Refused(
                    "extendedTo", "The new date must be after the date now due (" + DAY.format(stage.due()) + ")");
        }
        var longest = clocks.longest(c.procedure(), stage.stage(), stage.requestedOn(), calendar.now());
        if (longest != null && to.isAfter(longest)) {
            throw new Refused(
                    "extendedTo",
                    "A stage " + stage.stage() + " response can be extended to " + DAY.format(longest)
                            + " at the latest");
        }
        store.extend(stage.id(), to, reason.strip());
    }

    @Transactional
    void respond(CurrentUser user, long id, int lockVersion, LocalDate on, Outcome outcome) {
        var c = changing(user, id, lockVersion);
        var stage = current(id);
        if (stage.respondedOn() != null) {
            throw new Refused("respondedOn", "Stage " + stage.stage() + " has been responded to already");
        }
        if (on.isBefore(stage.requestedOn())) {
            throw new Refused(
                    "respondedOn",
                    "The response date must be on or after the day stage " + stage.stage() + " began ("
                            + DAY.format(stage.requestedOn()) + ")");
        }
        if (on.isAfter(today())) {
            throw new Refused("respondedOn", "The response date must be today or in the past");
        }
        var escalateBy = stage.stage() < c.procedure().stages() ? clocks.escalateBy(on, calendar.now()) : null;
        store.respond(stage.id(), on, outcome, escalateBy);
        store.setOutcome(id, outcome, on, stage.stage());
    }

    @Transactional
    void escalate(CurrentUser user, long id, int lockVersion, LocalDate requestedOn) {
        var c = changing(user, id, lockVersion);
        var stage = current(id);
        int next = stage.stage() + 1;
        if (stage.respondedOn() == null) {
            throw new Refused(
                    "requestedOn",
                    "A stage " + next + " needs a stage " + stage.stage() + " response first: record the stage "
                            + stage.stage() + " response");
        }
        if (next > c.procedure().stages()) {
            throw new Refused(
                    "requestedOn",
                    c.procedure().label() + " complaints have " + c.procedure().stages()
                            + (c.procedure().stages() == 1 ? " stage" : " stages")
                            + ": the next step is the Ombudsman");
        }
        if (requestedOn.isBefore(stage.respondedOn())) {
            throw new Refused(
                    "requestedOn",
                    "The date stage " + next + " was asked for must be on or after the stage " + stage.stage()
                            + " response (" + DAY.format(stage.respondedOn()) + ")");
        }
        if (requestedOn.isAfter(today())) {
            throw new Refused("requestedOn", "The date stage " + next + " was asked for must be today or in the past");
        }
        store.insertStage(
                id, c.procedure(), next, requestedOn, clocks.start(c.procedure(), next, requestedOn, calendar.now()));
        store.setOutcome(id, null, null, next);
    }

    /** The learning and remedy; an action in the one tracker when the complaint was upheld in whole or in part. */
    @Transactional
    Long learning(
            CurrentUser user,
            long id,
            int lockVersion,
            String remedy,
            String learning,
            Collection<Long> themeIds,
            LearningAction action) {
        var c = changing(user, id, lockVersion);
        store.setLearning(id, blank(remedy), blank(learning), themeIds);
        if (action == null) {
            return null;
        }
        if (c.outcome() == null || !c.outcome().upheld()) {
            throw new Refused("actionTitle", "Actions are raised from an upheld or partly upheld complaint");
        }
        if (action.dueOn().isBefore(today())) {
            throw new Refused("actionDue", "The action’s due date must be today or later");
        }
        var standard =
                action.standardId() == null ? null : standards.everyStandard().get(action.standardId());
        if (action.standardId() != null && standard == null) {
            throw new Refused("standard", "Select a practice standard from the list, or none");
        }
        return actions.raise(
                new Actions.NewAction(
                                SOURCE,
                                id,
                                "Complaint " + id,
                                "/complaints/" + id,
                                action.title(),
                                blank(learning),
                                action.ownerUserId(),
                                action.dueOn())
                        .because(
                                "Learning from an upheld complaint",
                                standard == null ? null : standard.id(),
                                standard == null ? null : standard.label(),
                                null,
                                Priority.MEDIUM),
                user);
    }

    @Transactional
    void refer(CurrentUser user, long id, int lockVersion, LocalDate referredOn) {
        var c = changing(user, id, lockVersion);
        if (store.ombudsman(id).isPresent()) {
            throw new Refused("referredOn", "This complaint has been referred to the Ombudsman already");
        }
        if (referredOn.isBefore(c.receivedOn()) || referredOn.isAfter(today())) {
            throw new Refused(
                    "referredOn",
                    "The referral date must be between the day the complaint was received and" + " today");
        }
        store.refer(id, referredOn);
    }

    @Transactional
    void decide(
            CurrentUser user,
            long id,
            int lockVersion,
            LocalDate decidedOn,
            boolean fault,
            boolean injustice,
            String remedy,
            LocalDate complyBy) {
        changing(user, id, lockVersion);
        var referral = store.ombudsman(id)
                .orElseThrow(() -> new Refused("decidedOn", "Record the referral to the Ombudsman first"));
        if (decidedOn.isBefore(referral.referredOn()) || decidedOn.isAfter(today())) {
            throw new Refused(
                    "decidedOn",
                    "The decision date must be between the referral (" + DAY.format(referral.referredOn())
                            + ") and today");
        }
        if (fault && complyBy == null && remedy != null && !remedy.isBlank()) {
            throw new Refused("complyBy", "Enter the date the remedy must be complied with");
        }
        if (complyBy != null && complyBy.isBefore(decidedOn)) {
            throw new Refused("complyBy", "The compliance date must be on or after the decision");
        }
        store.decide(id, decidedOn, fault, injustice, blank(remedy), complyBy);
    }

    @Transactional
    void complied(CurrentUser user, long id, int lockVersion, LocalDate on) {
        changing(user, id, lockVersion);
        var referral = store.ombudsman(id)
                .filter(o -> o.decidedOn() != null)
                .orElseThrow(() -> new Refused("compliedOn", "Record the Ombudsman’s decision first"));
        if (on.isBefore(referral.decidedOn()) || on.isAfter(today())) {
            throw new Refused("compliedOn", "The compliance date must be between the decision and today");
        }
        store.complied(id, on);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
