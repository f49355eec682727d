package org.praxis.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.identity.PersonDirectory;
import org.praxis.identity.StaffAccounts;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys: set up from a published question bank version, sent to staff chosen by team, job role and employment
 * type, and reminded. Who was asked is kept here; what anyone answered is kept by {@link SurveyAnswering}, apart.
 */
@Service
@Transactional
class Surveys {

    /** The groups a survey's answers carry and its results may be broken down by; nothing else is kept. */
    record Groups(boolean team, boolean service, boolean role, boolean employment) {

        List<String> labels() {
            var labels = new ArrayList<String>();
            if (team) labels.add("team");
            if (service) labels.add("service area");
            if (role) labels.add("job role");
            if (employment) labels.add("employment type");
            return labels;
        }
    }

    record Audience(Set<Long> teamIds, Set<JobRole> roles, Set<EmploymentType> employment) {

        boolean includes(StaffRecord person) {
            return (teamIds.isEmpty() || teamIds.contains(person.teamId()))
                    && (roles.isEmpty() || roles.contains(person.jobRole()))
                    && (employment.isEmpty() || employment.contains(person.employmentType()));
        }
    }

    record Details(
            String title, long versionId, LocalDate opensOn, LocalDate closesOn, Audience audience, Groups groups) {}

    enum Stage {
        NOT_SENT("Not sent", "grey"),
        SENT("Sent, not open yet", "blue"),
        OPEN("Open", "green"),
        CLOSED("Closed", "purple");

        private final String label;
        private final String colour;

        Stage(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        public String colour() {
            return colour;
        }
    }

    record Survey(
            long id,
            String title,
            long versionId,
            long bankId,
            String versionLabel,
            LocalDate opensOn,
            LocalDate closesOn,
            Audience audience,
            Groups groups,
            int fewestShown,
            String createdBy,
            LocalDateTime sentAt,
            int invited,
            int responded,
            int lockVersion) {

        public Stage stage(LocalDate today) {
            if (sentAt == null) {
                return Stage.NOT_SENT;
            }
            if (today.isBefore(opensOn)) {
                return Stage.SENT;
            }
            return today.isAfter(closesOn) ? Stage.CLOSED : Stage.OPEN;
        }

        public String responseRate() {
            return invited == 0 ? "" : Math.round(100.0 * responded / invited) + "%";
        }
    }

    /** A single-use link to hand to someone without an account, when Praxis cannot e-mail it. */
    record LinkToHandOut(String name, String link) {}

    /** What sending (or reminding) did. */
    record Sent(int told, int mailed, List<LinkToHandOut> linksToHandOut) {}

    static final String SURVEY = """
            select s.id, s.title, s.version_id, v.bank_id, b.name, v.version_number, s.opens_on, s.closes_on,
                   s.audience_teams, s.audience_roles, s.audience_employment, s.by_team, s.by_service, s.by_role,
                   s.by_employment, s.fewest_shown, s.created_by, s.sent_at, s.invited,
                   (select count(*) from survey_invitation i where i.survey_id = s.id and i.responded = true),
                   s.lock_version
            from survey s join survey_bank_version v on v.id = s.version_id
            join survey_question_bank b on b.id = v.bank_id
            """;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final QuestionBanks banks;
    private final OrganisationDirectory organisation;
    private final PersonDirectory people;
    private final StaffAccounts accounts;
    private final SurveyLinkMail mail;
    private final ApplicationEventPublisher events;
    private final int fewestInAGroup;

    Surveys(
            JdbcClient jdbc,
            Clock clock,
            QuestionBanks banks,
            OrganisationDirectory organisation,
            PersonDirectory people,
            StaffAccounts accounts,
            SurveyLinkMail mail,
            ApplicationEventPublisher events,
            @Value("${praxis.surveys.fewest-in-a-group:10}") int fewestInAGroup) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.banks = banks;
        this.organisation = organisation;
        this.people = people;
        this.accounts = accounts;
        this.mail = mail;
        this.events = events;
        this.fewestInAGroup = Math.max(2, fewestInAGroup);
    }

    int fewestInAGroup() {
        return fewestInAGroup;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    PageOf<Survey> list(ListPage page) {
        long total = jdbc.sql("select count(*) from survey").query(Long.class).single();
        var items = jdbc.sql(SURVEY + " order by s.closes_on desc, s.id desc offset :o rows fetch next :n rows only")
                .param("o", page.offset())
                .param("n", page.size())
                .query(Surveys::survey)
                .list();
        return page.of(items, total);
    }

    @Transactional(readOnly = true)
    Optional<Survey> survey(long id) {
        return jdbc.sql(SURVEY + " where s.id = ?")
                .param(id)
                .query(Surveys::survey)
                .optional();
    }

    /** The surveys a person was sent, newest first, with whether they have answered each. */
    @Transactional(readOnly = true)
    List<Map.Entry<Survey, Boolean>> sentTo(long staffId) {
        var answered = new java.util.HashMap<Long, Boolean>();
        jdbc.sql("select survey_id, responded from survey_invitation where staff_id = ?")
                .param(staffId)
                .query((ResultSet rs) -> {
                    answered.put(rs.getLong(1), rs.getBoolean(2));
                });
        if (answered.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(SURVEY + " where s.id in (:ids) order by s.closes_on desc")
                .param("ids", answered.keySet())
                .query(Surveys::survey)
                .list()
                .stream()
                .map(s -> Map.entry(s, answered.get(s.id())))
                .toList();
    }

    /** The latest survey of the same question bank that closed before this one opened: for year on year. */
    @Transactional(readOnly = true)
    Optional<Survey> previous(Survey survey) {
        return jdbc.sql(SURVEY + " where v.bank_id = :bank and s.sent_at is not null and s.closes_on < :opens"
                        + " order by s.closes_on desc fetch first 1 rows only")
                .param("bank", survey.bankId())
                .param("opens", survey.opensOn())
                .query(Surveys::survey)
                .optional();
    }

    long create(Details details, String username) {
        return create(details, username, true);
    }

    /** {@code checked} false only for a survey that already ran (the demo's past ones), whose dates are gone. */
    long create(Details details, String username, boolean checked) {
        if (checked) {
            check(details, null);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into survey (title, title_key, version_id, opens_on, closes_on, audience_teams,
                            audience_roles, audience_employment, by_team, by_service, by_role, by_employment,
                            fewest_shown, created_by, created_at)
                        values (:title, :key, :version, :opens, :closes, :teams, :roles, :employment, :byTeam,
                            :byService, :byRole, :byEmployment, :fewest, :user, :now)
                        """)
                .param("title", details.title())
                .param("key", key(details.title()))
                .param("version", details.versionId())
                .param("opens", details.opensOn())
                .param("closes", details.closesOn())
                .param("teams", join(details.audience().teamIds()))
                .param("roles", join(details.audience().roles()))
                .param("employment", join(details.audience().employment()))
                .param("byTeam", details.groups().team())
                .param("byService", details.groups().service())
                .param("byRole", details.groups().role())
                .param("byEmployment", details.groups().employment())
                .param("fewest", fewestInAGroup)
                .param("user", username)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The rules a survey's details must meet, each refused on the field it concerns. */
    void check(Details details, Long surveyId) {
        var version = banks.version(details.versionId()).orElse(null);
        if (version == null || !version.published()) {
            throw new Refused("versionId", "Select a published question bank version");
        }
        if (jdbc.sql("select count(*) from survey where title_key = ? and id <> ?")
                        .params(key(details.title()), surveyId == null ? -1L : surveyId)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new Refused("title", "A survey called " + details.title() + " already exists");
        }
        if (details.closesOn().isBefore(details.opensOn())) {
            throw new Refused("closesOn", "Close date must be the same as or after the open date");
        }
        if (details.closesOn().isBefore(today())) {
            throw new Refused("closesOn", "Close date must be today or in the future");
        }
    }

    /** Who the survey would go to: active staff in its audience. */
    @Transactional(readOnly = true)
    List<StaffRecord> audienceOf(Survey survey) {
        return organisation.staffRecords().stream()
                .filter(StaffRecord::active)
                .filter(survey.audience()::includes)
                .toList();
    }

    /**
     * Sends the survey: an invitation for everyone in its audience; a notice for those with an account, a single-use
     * link for those without. Refused when the audience is smaller than the smallest group whose answers may be
     * shown: no result of it could ever be shown without singling people out.
     */
    Sent send(long surveyId, int lockVersion, String username) {
        var survey = survey(surveyId).orElseThrow(NotFound::new);
        if (survey.sentAt() != null) {
            throw new Refused("This survey was sent already");
        }
        if (survey.closesOn().isBefore(today())) {
            throw new Refused("This survey’s close date has passed: change it before sending");
        }
        var audience = audienceOf(survey);
        if (audience.size() < survey.fewestShown()) {
            throw new Refused(
                    "This survey would go to " + audience.size() + (audience.size() == 1 ? " person" : " people")
                            + ". Answers are shown only for groups of at least " + survey.fewestShown()
                            + " people, so a survey must go to at least " + survey.fewestShown()
                            + ": choose more teams, job roles or employment types");
        }
        int changed = jdbc.sql(
                        "update survey set sent_at = ?, sent_by = ?, invited = ?, lock_version = lock_version + 1"
                                + " where id = ? and lock_version = ? and sent_at is null")
                .params(Timestamp.from(clock.instant()), username, audience.size(), surveyId, lockVersion)
                .update();
        if (changed == 0) {
            throw new Refused("Someone changed or sent this survey after you opened it: look at it again");
        }
        for (var person : audience) {
            jdbc.sql("insert into survey_invitation (survey_id, staff_id) values (?, ?)")
                    .params(surveyId, person.id())
                    .update();
        }
        return invite(survey, audience.stream().map(StaffRecord::id).toList(), false);
    }

    /** Deletes a survey that was never sent (nobody was asked, so nothing of anyone's is lost). */
    void deleteUnsent(long surveyId, int lockVersion) {
        var survey = survey(surveyId).orElseThrow(NotFound::new);
        if (survey.sentAt() != null) {
            throw new Refused("A survey that has been sent cannot be deleted: its answers are kept");
        }
        if (jdbc.sql("delete from survey where id = ? and lock_version = ? and sent_at is null")
                        .params(surveyId, lockVersion)
                        .update()
                == 0) {
            throw new Refused("Someone changed or sent this survey after you opened it: look at it again");
        }
    }

    /** Reminds everyone who has not answered, while the survey is open. */
    Sent remind(long surveyId) {
        var survey = survey(surveyId).orElseThrow(NotFound::new);
        if (survey.stage(today()) != Stage.OPEN) {
            throw new Refused("Reminders can be sent only while the survey is open");
        }
        var waiting = jdbc.sql("select staff_id from survey_invitation where survey_id = ? and responded = false")
                .param(surveyId)
                .query(Long.class)
                .list();
        jdbc.sql("update survey_invitation set reminded_on = ? where survey_id = ? and responded = false")
                .params(today(), surveyId)
                .update();
        return invite(survey, waiting, true);
    }

    private Sent invite(Survey survey, List<Long> staffIds, boolean reminder) {
        var withAccounts = accounts.accountsOfStaff(staffIds);
        var userIds =
                withAccounts.values().stream().flatMap(List::stream).distinct().toList();
        if (!userIds.isEmpty()) {
            events.publishEvent(
                    new SurveyInvitationsSent(survey.id(), survey.title(), survey.closesOn(), userIds, reminder));
        }
        var withoutAccounts =
                staffIds.stream().filter(s -> !withAccounts.containsKey(s)).toList();
        var links = new java.util.LinkedHashMap<Long, String>();
        for (long staffId : withoutAccounts) {
            var token = newToken();
            // A reminder gives a fresh link: only the hash is kept, so the first cannot be sent again.
            jdbc.sql("update survey_invitation set token_hash = ? where survey_id = ? and staff_id = ?")
                    .params(hash(token), survey.id(), staffId)
                    .update();
            links.put(staffId, "/surveys/link/" + token);
        }
        var emails = people.workEmails(links.keySet());
        var mailed = mail.send(survey, links, emails);
        var handOut = new ArrayList<LinkToHandOut>();
        var names = people.staffNames(links.keySet());
        links.forEach((staffId, link) -> {
            if (!mailed.contains(staffId)) {
                handOut.add(new LinkToHandOut(names.getOrDefault(staffId, "?"), link));
            }
        });
        handOut.sort(java.util.Comparator.comparing(LinkToHandOut::name));
        return new Sent(userIds.size(), mailed.size(), handOut);
    }

    static String newToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String join(Set<?> values) {
        return values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static Set<String> split(String stored) {
        return stored == null || stored.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(stored.split(",")));
    }

    private static Survey survey(ResultSet rs, int n) throws SQLException {
        var sent = rs.getTimestamp(18);
        return new Survey(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getString(5) + ", version " + rs.getInt(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                new Audience(
                        split(rs.getString(9)).stream().map(Long::valueOf).collect(Collectors.toSet()),
                        split(rs.getString(10)).stream().map(JobRole::valueOf).collect(Collectors.toSet()),
                        split(rs.getString(11)).stream()
                                .map(EmploymentType::valueOf)
                                .collect(Collectors.toSet())),
                new Groups(rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15)),
                rs.getInt(16),
                rs.getString(17),
                sent == null ? null : sent.toLocalDateTime(),
                rs.getInt(19),
                rs.getInt(20),
                rs.getInt(21));
    }
}
