package org.praxis.practiceweek;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Visits as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import. Times are in UTC. */
final class VisitCalendar {

    private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    static String of(List<TimetableViews.Visit> visits, String uidSuffix) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Praxis//Practice Week//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (var visit : visits) {
            var event = new VEvent(
                    visit.startsAt().atZone(COUNCIL_TIME).toInstant(),
                    visit.endsAt().atZone(COUNCIL_TIME).toInstant(),
                    "Practice Week: " + visit.activity().label() + ", " + visit.team());
            event.add(new Uid("practice-week-slot-" + visit.slotId() + "-" + uidSuffix + "@praxis"));
            event.add(new Location(visit.location()));
            var description = (visit.visitors() == null ? "" : "Visitors: " + visit.visitors() + "\n")
                    + (visit.details() == null ? "" : visit.details());
            if (!description.isBlank()) {
                event.add(new Description(description.strip()));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }

    private VisitCalendar() {}
}
