package org.praxis.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.praxis.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes learning is filed under, and which are still open: a theme is open while a finding filed under it
 * belongs to a review with a recommendation not yet completed (or with no recommendation yet). Targeted training
 * reads these as training needs.
 */
@Service
public class LearningThemes {

    /** A theme from the council's list. */
    public record Theme(long id, String name, boolean retired) {

        /** The theme as a choice on a form: a retired one says so. */
        public String label() {
            return retired ? name + " (retired)" : name;
        }
    }

    /**
     * A theme with open learning: how many findings and which reviews (by title, newest first), and the practice
     * standards those findings bear on.
     */
    public record OpenTheme(long id, String name, int findings, List<String> reviews, Set<Long> standardIds) {}

    private final JdbcClient jdbc;

    LearningThemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The council's themes in name order, retired ones included (marked). */
    @Transactional(readOnly = true)
    public List<Theme> all() {
        return jdbc.sql("select id, name, retired from learning_theme order by name_key")
                .query((rs, n) -> new Theme(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /**
     * The themes a form offers: those in use, and any retired since that the record is already filed under, so that
     * changing the record keeps them.
     */
    @Transactional(readOnly = true)
    public List<Theme> offered(java.util.Collection<Long> alreadyChosen) {
        return all().stream()
                .filter(t -> !t.retired() || alreadyChosen.contains(t.id()))
                .toList();
    }

    /**
     * Themes with open learning, most findings first. A review's learning is open until it is closed (status
     * {@code CLOSED}): its recommendations' actions are followed in the tracker, and the QA lead closes the review
     * once they are done. Two queries.
     */
    @Transactional(readOnly = true)
    public List<OpenTheme> open() {
        record Gathered(String name, Set<Long> findings, Set<String> reviews, Set<Long> standards) {}
        var themes = new LinkedHashMap<Long, Gathered>();
        jdbc.sql("""
                        select t.id, t.name, f.id, r.title, fs.standard_id
                        from learning_theme t
                            join learning_finding_theme ft on ft.theme_id = t.id
                            join learning_finding f on f.id = ft.finding_id
                            join learning_review r on r.id = f.review_id
                            left join learning_finding_standard fs on fs.finding_id = f.id
                        where r.status <> 'CLOSED'
                        order by t.name_key, r.published_on desc, r.id desc
                        """).query(rs -> {
            var name = rs.getString(2);
            var t = themes.computeIfAbsent(
                    rs.getLong(1),
                    k -> new Gathered(name, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            t.findings().add(rs.getLong(3));
            t.reviews().add(rs.getString(4));
            long standard = rs.getLong(5);
            if (!rs.wasNull()) {
                t.standards().add(standard);
            }
        });
        var open = new ArrayList<OpenTheme>();
        themes.forEach((id, t) -> open.add(
                new OpenTheme(id, t.name(), t.findings().size(), List.copyOf(t.reviews()), Set.copyOf(t.standards()))));
        open.sort(Comparator.comparingInt(OpenTheme::findings).reversed());
        return open;
    }

    /** Adds a theme; false when the list already has one of that name (case and spacing ignored). */
    @Transactional
    boolean add(String name) {
        var key = Reviews.key(name);
        if (jdbc.sql("select count(*) from learning_theme where name_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        jdbc.sql("insert into learning_theme (name, name_key) values (?, ?)")
                .params(name.strip(), key)
                .update();
        return true;
    }

    /** Retires a theme: findings filed under it keep it, new ones cannot choose it. */
    @Transactional
    void retire(long id) {
        int retired = jdbc.sql("update learning_theme set retired = true where id = ?")
                .params(id)
                .update();
        if (retired == 0) {
            throw new NotFound();
        }
    }
}
