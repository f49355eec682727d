package org.praxis.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.training.Attendance;
import org.praxis.training.Courses;
import org.praxis.training.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Professional development for unqualified staff: a family support worker who attended a session in the period counts
 * as trained; one whose only session was before it, and one who went to none, do not.
 */
@PraxisIntegrationTest
class DevelopmentIT {

    @Autowired
    WorkforceFigures figures;

    @Autowired
    Courses courses;

    @Autowired
    Sessions sessions;

    @Autowired
    Attendance attendance;

    @Autowired
    ApplicationContext context;

    @Test
    void unqualifiedStaffCountAsTrainedOnlyForSessionsInThePeriod() {
        var f = new WorkforceFixture(context);
        var today = LocalDate.now();
        var period = WorkforceFigures.Period.yearTo(today);
        var before = figures.development(period);
        var started = today.minusYears(3);
        long trained = f.staff("Trained", JobRole.FAMILY_SUPPORT_WORKER, EmploymentType.PERMANENT, started);
        long earlier = f.staff("Earlier", JobRole.FAMILY_SUPPORT_WORKER, EmploymentType.PERMANENT, started);
        f.staff("Untrained", JobRole.SOCIAL_CARE_ASSESSOR, EmploymentType.PERMANENT, started);
        long course = courses.create(
                new Courses.Details(
                        "Recording for family support " + UUID.randomUUID(),
                        "A test's",
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of()),
                "lindsey.okafor");
        long recent = sessions.add(
                course,
                new Sessions.Details(today.minusMonths(2).atTime(10, 0), "Room 2", 20, Set.of()),
                "lindsey.okafor");
        long old = sessions.add(
                course,
                new Sessions.Details(today.minusYears(2).atTime(10, 0), "Room 2", 20, Set.of()),
                "lindsey.okafor");
        attendance.record(recent, List.of(trained), true, Attendance.Source.SCREEN, "lindsey.okafor");
        attendance.record(old, List.of(earlier), true, Attendance.Source.SCREEN, "lindsey.okafor");

        var after = figures.development(period);
        assertThat(after.unqualifiedStaff()).isEqualTo(before.unqualifiedStaff() + 3);
        assertThat(after.unqualifiedWithTraining()).isEqualTo(before.unqualifiedWithTraining() + 1);
    }
}
