package org.praxis.practiceweek.timetable;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One place on a visit slot (a slot with capacity 3 has three places). The solver chooses its visitor, or leaves it
 * empty; a place the QA lead pinned keeps its visitor.
 */
@PlanningEntity
public class Place {

    @PlanningId
    private String id;

    private TimetableSlot slot;

    private int index;

    @PlanningVariable(allowsUnassigned = true)
    private TimetableVisitor visitor;

    @PlanningPin
    private boolean pinned;

    public Place() {}

    public Place(TimetableSlot slot, int index, TimetableVisitor visitor, boolean pinned) {
        this.id = slot.id() + "/" + index;
        this.slot = slot;
        this.index = index;
        this.visitor = visitor;
        this.pinned = pinned;
    }

    public String getId() {
        return id;
    }

    public TimetableSlot getSlot() {
        return slot;
    }

    public int getIndex() {
        return index;
    }

    public TimetableVisitor getVisitor() {
        return visitor;
    }

    public void setVisitor(TimetableVisitor visitor) {
        this.visitor = visitor;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** Minutes between visits when the visitor has to travel from one place to another. */
    public static final int TRAVEL_MINUTES = 30;

    /** True when one visitor could not do both: they overlap, or leave too little time to travel between them. */
    public static boolean clash(TimetableSlot a, TimetableSlot b) {
        int gap = a.location().equalsIgnoreCase(b.location()) ? 0 : TRAVEL_MINUTES;
        return a.startMinute() < b.endMinute() + gap && b.startMinute() < a.endMinute() + gap;
    }
}
