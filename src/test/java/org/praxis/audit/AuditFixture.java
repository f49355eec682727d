package org.praxis.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Programmes made through the real service, for tests (of this module or another) that need audits to work on. */
public final class AuditFixture {

    static long userId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    static long template(JdbcClient jdbc, String service) {
        return jdbc.sql("select v.id from audit_template_version v join audit_template t on t.id = v.template_id"
                        + " where t.service = :s and v.status = 'PUBLISHED' order by v.id fetch first 1 rows only")
                .param("s", service)
                .query(Long.class)
                .single();
    }

    /**
     * A children's programme of {@code size} child protection cases, all for the demo "leader" to audit, drawn from a
     * register of the test's own (see {@link #register}).
     */
    public static long programme(AuditProgrammes programmes, JdbcClient jdbc, MockMvc mvc, DemoUsers demo, int size)
            throws Exception {
        return programme(programmes, jdbc, mvc, demo, size, List.of());
    }

    /** The same, from these teams' cases only. */
    static long programme(
            AuditProgrammes programmes, JdbcClient jdbc, MockMvc mvc, DemoUsers demo, int size, List<Long> teams)
            throws Exception {
        register(mvc, demo, size);
        return programmes.create(
                new AuditProgrammes.Plan(
                        "Fixture " + System.nanoTime(),
                        "",
                        template(jdbc, "CHILDREN"),
                        null,
                        List.of("CHILD_PROTECTION"),
                        teams,
                        null,
                        size,
                        null,
                        Stratification.NONE,
                        0,
                        null,
                        LocalDate.now().plusWeeks(2),
                        10,
                        Map.of(userId(jdbc, "leader"), size)),
                "test");
    }

    /**
     * Makes the newest children's snapshot, the one a programme samples from, {@code size} child protection cases in
     * each of Child Protection Team East (the demo manager's and practitioner's team) and West: whatever snapshots
     * other tests imported, a programme of {@code size} can be drawn from either team.
     */
    static long register(MockMvc mvc, DemoUsers demo, int size) throws Exception {
        return new ChildrensRegister()
                .childProtection(size, "Child Protection Team East")
                .childProtection(size, "Child Protection Team West")
                .imported(mvc, demo.as("qa.lead"));
    }

    static long teamOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select team_id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    public static long firstAudit(JdbcClient jdbc, long programme) {
        return jdbc.sql("select min(id) from audit where programme_id = :p")
                .param("p", programme)
                .query(Long.class)
                .single();
    }

    /** A complete, valid set of answers for the audit's template. */
    public static Map<String, String> complete(JdbcClient jdbc, long audit) {
        var values = new LinkedHashMap<String, String>();
        jdbc.sql(
                        "select q.id, q.answer_type from audit_question q join audit a on a.id = :a"
                                + " join audit_programme p on p.id = a.programme_id where q.template_version_id = p.template_version_id")
                .param("a", audit)
                .query((rs, n) -> {
                    var field = "q" + rs.getLong(1);
                    switch (rs.getString(2)) {
                        case "GRADE" -> values.put(field, "GOOD");
                        case "YES_PARTLY_NO" -> values.put(field, "PARTLY");
                        case "NUMBER" -> values.put(field, "4");
                        case "DATE" -> {
                            values.put(field + ".day", "3");
                            values.put(field + ".month", "11");
                            values.put(field + ".year", "2026");
                        }
                        default -> values.put(field, "Seen in the record");
                    }
                    return null;
                })
                .list();
        values.put("overallGrade", "GOOD");
        values.put("strengths", "Warm, persistent direct work");
        values.put("strengthTags", "direct work");
        values.put("areasForDevelopment", "Chronology out of date");
        values.put("differenceMade", "School attendance is up");
        values.put("conversationDate.day", "10");
        values.put("conversationDate.month", "11");
        values.put("conversationDate.year", "2026");
        values.put("conversationWith", "Allocated social worker");
        values.put("personSpokenTo", "YES");
        values.put("familyView", "Mum said the worker listens");
        return values;
    }

    private AuditFixture() {}
    /**
     * In the caller's transaction (a test's, rolled back after it), the monthly counts that findings and learning
     * reviews read are made again from the programmes this account created only: a test of what the demo shows reads
     * the demo's own audits, not those other tests, run in a random order, submitted this month.
     */
    public static void countedFromProgrammesBy(String createdBy, JdbcClient jdbc, StandardResults results) {
        jdbc.sql("delete from audit_result_month").update();
        results.count(jdbc.sql("select a.id from audit a join audit_programme p on p.id = a.programme_id"
                        + " where p.created_by = :by and a.submitted_at is not null")
                .param("by", createdBy)
                .query(Long.class)
                .list());
    }
}
