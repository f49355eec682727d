package org.praxis.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.register.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, the complaints managers are reminded of every stage whose response (or adults' acknowledgement) is
 * due within {@code praxis.complaints.reminder-working-days} working days or overdue: once a day, one instance
 * (ShedLock), through an event the notifications module turns into notices.
 */
@Component
// Made at start even when beans are made on first use: a scheduled job is scheduled only once its bean exists.
@org.springframework.context.annotation.Lazy(false)
class ComplaintReminders {

    private final ComplaintStore store;
    private final WorkingDayCalendar calendar;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int ahead;

    ComplaintReminders(
            ComplaintStore store,
            WorkingDayCalendar calendar,
            StaffAccounts accounts,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${praxis.complaints.reminder-working-days:2}") int ahead) {
        this.store = store;
        this.calendar = calendar;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.ahead = ahead;
    }

    @Scheduled(cron = "${praxis.complaints.reminder-cron:0 20 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "complaint-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        remind();
    }

    /** Returns how many stages were reminded of. */
    @Transactional
    int remind() {
        var today = LocalDate.now(clock);
        var managers = accounts.withAnyRole(EnumSet.of(Role.COMPLAINTS_MANAGER)).stream()
                .map(StaffAccounts.StaffAccount::userId)
                .toList();
        var due = store.dueBy(calendar.now().plus(today, ahead), today);
        for (var stage : due) {
            var day = stage.due() != null ? stage.due() : stage.acknowledgeBy();
            events.publishEvent(new ComplaintResponseDue(
                    stage.complaintId(), stage.stage(), day, day != null && today.isAfter(day), managers));
        }
        store.reminded(due.stream().map(ComplaintStore.Stage::id).toList(), today);
        return due.size();
    }
}
