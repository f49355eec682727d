package org.praxis.audit;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.praxis.standards.StandardCitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of published audit templates tagged with a standard, on the standard's page: how audits test it,
 * and so what a learning review's finding on the standard is measured by. Staff open the template; visitors read the
 * questions only.
 */
@Component
class QuestionsOfStandard implements StandardCitations {

    private final JdbcClient jdbc;

    QuestionsOfStandard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String heading() {
        return "Audit questions that test it";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Citation> of(long standardId, CurrentUser reader) {
        // the template's page is for staff (Policies.STAFF): visitors, committee members and the complaints manager
        // read the question without a link
        boolean staff = java.util.stream.Stream.of(
                        Role.ADMIN, Role.QA_LEAD, Role.LEADER, Role.MANAGER, Role.PRACTITIONER, Role.LEARNING_LEAD)
                .anyMatch(reader::has);
        return jdbc.sql("""
                        select v.id, t.name, v.version, q.text from audit_question_standard qs
                            join audit_question q on q.id = qs.question_id
                            join audit_template_version v on v.id = q.template_version_id
                            join audit_template t on t.id = v.template_id
                        where qs.standard_id = :standard and v.status = 'PUBLISHED'
                        order by t.name, v.version, q.position
                        """)
                .param("standard", standardId)
                .query((rs, n) -> new Citation(
                        rs.getString(2) + " (version " + rs.getInt(3) + "): " + rs.getString(4),
                        staff ? "/audit/templates/versions/" + rs.getLong(1) : null))
                .list();
    }
}
