package org.praxis.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.actions.Actions;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A practitioner's "learning that concerns your team" on the reviews page: the reviews about one of their team's cases
 * or with an action owned in their team, and never a review that concerns only another team. The reviews, cases and
 * actions are the test's own (titles made unique, the register imported for the test).
 */
@PraxisIntegrationTest
class LearningForYourTeamIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LearningRecords records;

    @Autowired
    Actions actions;

    @Autowired
    Accounts accounts;

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long review(String title) {
        return records.addReview(
                new LearningRecords.ReviewPlan(
                        title,
                        "RAPID_REVIEW",
                        "CHILDREN",
                        "Test Safeguarding Partnership",
                        LocalDate.now().minusMonths(3),
                        LocalDate.now().minusDays(3),
                        "PUBLISHED",
                        null,
                        null),
                "test");
    }

    private void actionFor(long review, long owner) {
        long recommendation = records.addRecommendations(
                        review,
                        null,
                        List.of(new LearningRecords.RecommendationPlan("1", "Share the learning")),
                        "test")
                .getFirst();
        actions.raise(
                new Actions.NewAction(
                        LearningRecords.SOURCE,
                        recommendation,
                        "Recommendation 1",
                        "/learning/reviews/" + review,
                        "Brief the team on the learning",
                        null,
                        owner,
                        LocalDate.now().plusMonths(1)),
                "test");
    }

    private String yourTeam(String user) throws Exception {
        var list = page("/learning/reviews", user);
        assertThat(list).as("the reviews page as %s", user).contains("Learning that concerns your team");
        return list.substring(list.indexOf("Learning that concerns your team"), list.indexOf("Kind of review"));
    }

    @Test
    void aPractitionerSeesTheReviewsAboutTheirTeamsCasesOrWithTheirTeamsActionsAndNoneOnlyAboutAnotherTeam()
            throws Exception {
        long snapshot = new ChildrensRegister()
                .childProtection(1, "Child Protection Team East")
                .childProtection(1, "Child Protection Team West")
                .imported(mvc, demo.as("qa.lead"));
        long team = jdbc.sql("select team_id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
        var ownCase = jdbc.sql("select case_reference from register_case where snapshot_id = ? and team_id = ?")
                .params(snapshot, team)
                .query(String.class)
                .single();
        var otherCase = jdbc.sql("select case_reference from register_case where snapshot_id = ? and team_id <> ?")
                .params(snapshot, team)
                .query(String.class)
                .single();
        long ownMember = jdbc.sql("select id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
        // A practitioner of the other team, with an account of the test's own.
        long otherTeam = jdbc.sql("select team_id from register_case where snapshot_id = ? and case_reference = ?")
                .params(snapshot, otherCase)
                .query(Long.class)
                .single();
        long otherStaff = jdbc.sql("""
                        select min(s.id) from staff_directory s where s.team_id = ? and s.active = true
                            and not exists (select 1 from account_directory a where a.staff_id = s.id)
                        """).param(otherTeam).query(Long.class).single();
        var otherPractitioner = "west." + UUID.randomUUID().toString().substring(0, 8);
        long otherMember = accounts.create(
                otherPractitioner, "a-long-password-1", otherStaff, null, otherTeam, Set.of(Role.PRACTITIONER));

        var aboutOurCase = unique("Rapid review about our case");
        records.linkCase(review(aboutOurCase), ownCase, "test");
        var ourAction = unique("Rapid review with our action");
        actionFor(review(ourAction), ownMember);
        var aboutTheirCase = unique("Rapid review about their case");
        records.linkCase(review(aboutTheirCase), otherCase, "test");
        var theirAction = unique("Rapid review with their action");
        actionFor(review(theirAction), otherMember);
        var neither = unique("Rapid review about nobody's case");
        records.addFinding(review(neither), "A lesson for everyone", Set.of(), Set.of(), Set.of());

        assertThat(yourTeam("practitioner"))
                .contains(aboutOurCase)
                .contains(ourAction)
                .doesNotContain(aboutTheirCase)
                .doesNotContain(theirAction)
                .doesNotContain(neither);
        assertThat(yourTeam(otherPractitioner))
                .as("and the other way round")
                .contains(aboutTheirCase)
                .contains(theirAction)
                .doesNotContain(aboutOurCase)
                .doesNotContain(ourAction)
                .doesNotContain(neither);
        // The practitioner may still read the review about another team's case, but that case is never shown.
        long theirs = jdbc.sql("select id from learning_review where title = ?")
                .param(aboutTheirCase)
                .query(Long.class)
                .single();
        assertThat(page("/learning/reviews/" + theirs, "practitioner"))
                .contains(aboutTheirCase)
                .doesNotContain(otherCase);

        // A leader sees every team, so has no "your team" section.
        assertThat(page("/learning/reviews", "leader")).doesNotContain("Learning that concerns your team");
    }
}
