package org.praxis.complaints;

import java.time.LocalDate;
import org.praxis.register.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The statutory periods, in working days, from settings (decision 0036). Children's: stage 1 in 10 (extendable to
 * 20), stage 2 in 25 (extendable to 65), the stage 3 panel within 30 of the request, and 20 for the complainant to ask
 * for the next stage. Adults': acknowledgement in 3, then a response period agreed with the complainant. Corporate: the
 * council's policy (20 at each stage). Each period counts working days after the day it starts.
 */
@Component
class ComplaintClocks {

    /** The periods, in working days. */
    record Periods(
            int childrenStage1,
            int childrenStage1Longest,
            int childrenStage2,
            int childrenStage2Longest,
            int childrenStage3,
            int escalation,
            int adultsAcknowledgement,
            int corporate) {

        static final Periods DEFAULTS = new Periods(10, 20, 25, 65, 30, 20, 3, 20);
    }

    /** A stage's clock: the day it is acknowledged by (adults'), due (null until an adults' plan is agreed). */
    record StageClock(LocalDate acknowledgeBy, LocalDate dueOn) {}

    private final Periods periods;

    @org.springframework.beans.factory.annotation.Autowired
    ComplaintClocks(
            @Value("${praxis.complaints.children.stage1-working-days:10}") int stage1,
            @Value("${praxis.complaints.children.stage1-longest-working-days:20}") int stage1Longest,
            @Value("${praxis.complaints.children.stage2-working-days:25}") int stage2,
            @Value("${praxis.complaints.children.stage2-longest-working-days:65}") int stage2Longest,
            @Value("${praxis.complaints.children.stage3-working-days:30}") int stage3,
            @Value("${praxis.complaints.escalation-working-days:20}") int escalation,
            @Value("${praxis.complaints.adults.acknowledgement-working-days:3}") int acknowledgement,
            @Value("${praxis.complaints.corporate.response-working-days:20}") int corporate) {
        this(new Periods(stage1, stage1Longest, stage2, stage2Longest, stage3, escalation, acknowledgement, corporate));
    }

    ComplaintClocks(Periods periods) {
        if (periods.childrenStage1Longest() < periods.childrenStage1()
                || periods.childrenStage2Longest() < periods.childrenStage2()) {
            throw new IllegalStateException(
                    "praxis.complaints.children: a stage's longest period cannot be shorter than its period");
        }
        this.periods = periods;
    }

    Periods periods() {
        return periods;
    }

    /** A new stage's clock, from the day it was received or asked for. */
    StageClock start(Procedure procedure, int stage, LocalDate requestedOn, WorkingDayCalendar.Counter days) {
        return switch (procedure) {
            case CHILDREN ->
                new StageClock(
                        null,
                        days.plus(
                                requestedOn,
                                switch (stage) {
                                    case 1 -> periods.childrenStage1();
                                    case 2 -> periods.childrenStage2();
                                    default -> periods.childrenStage3();
                                }));
            case ADULTS -> new StageClock(days.plus(requestedOn, periods.adultsAcknowledgement()), null);
            case CORPORATE -> new StageClock(null, days.plus(requestedOn, periods.corporate()));
        };
    }

    /**
     * The latest a stage may be extended to, or null when the procedure sets no limit (an adults' plan is agreed again
     * with the complainant; the corporate policy says nothing).
     */
    LocalDate longest(Procedure procedure, int stage, LocalDate requestedOn, WorkingDayCalendar.Counter days) {
        if (procedure != Procedure.CHILDREN) {
            return null;
        }
        return switch (stage) {
            case 1 -> days.plus(requestedOn, periods.childrenStage1Longest());
            case 2 -> days.plus(requestedOn, periods.childrenStage2Longest());
            default -> days.plus(requestedOn, periods.childrenStage3());
        };
    }

    /** The last day the complainant may ask for the next stage, after a response. */
    LocalDate escalateBy(LocalDate respondedOn, WorkingDayCalendar.Counter days) {
        return days.plus(respondedOn, periods.escalation());
    }

    /** The periods in words, for the help text on the screens. */
    String inWords(Procedure procedure) {
        return switch (procedure) {
            case CHILDREN ->
                "Stage 1: a response within " + periods.childrenStage1() + " working days (extendable to "
                        + periods.childrenStage1Longest() + "). Stage 2: an investigation within "
                        + periods.childrenStage2() + " working days (extendable to " + periods.childrenStage2Longest()
                        + "). Stage 3: a review panel within " + periods.childrenStage3()
                        + " working days of the request. The complainant has " + periods.escalation()
                        + " working days after a response to ask for the next stage.";
            case ADULTS ->
                "Acknowledgement within " + periods.adultsAcknowledgement()
                        + " working days, with an offer to discuss how the complaint will be handled; then a response"
                        + " within the period agreed with the complainant.";
            case CORPORATE ->
                "A response within " + periods.corporate()
                        + " working days at each of the two stages of the council’s policy; "
                        + periods.escalation() + " working days to ask for stage 2.";
        };
    }
}
