package org.praxis.identity;

/**
 * Who may reach each screen family: the one place role sets are written. Every controller handler's
 * {@code @PreAuthorize} names one of these; navigation and home cards are checked against the same rule
 * (the web shell evaluates the handler's own annotation), so a link is shown exactly when it would open.
 * Rules about one record (this audit, this case, this visit) are in {@link RecordAccess}.
 */
public final class Policies {

    /** Sign-in, the accessibility and privacy pages and the families' feedback form. */
    public static final String ANYONE = "permitAll()";

    /** Anyone signed in: home and messages. */
    public static final String SIGNED_IN = "isAuthenticated()";

    /**
     * The practice standards manual: everyone who works in, leads, trains, supports or visits practice. Committee
     * members are left out: they read published reports and the follow-up list, nothing else (issue 18).
     */
    public static final String STANDARDS_READERS = "hasAnyRole('ADMIN', 'QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER',"
            + " 'LEARNING_LEAD', 'COMPLAINTS_MANAGER', 'VISITOR')";

    /** Users, roles, the organisation's structure and the access log. */
    public static final String ADMINISTRATORS = "hasRole('ADMIN')";

    /** Council staff with any role, administrators included: lists that carry no case detail. */
    public static final String STAFF =
            "hasAnyRole('ADMIN', 'QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER', 'LEARNING_LEAD')";

    /**
     * Case-level records. Administrators (and the data protection officer) are left out on purpose: they see
     * who opened a case in the access log, never the case (decision 0017).
     */
    public static final String CASE_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER')";

    /** Council-wide figures about the register's snapshots (counts, not cases). */
    public static final String COUNCIL_WIDE = "hasAnyRole('ADMIN', 'QA_LEAD', 'LEADER')";

    /** Loading the case register and mapping its names. */
    public static final String REGISTER_IMPORTERS = "hasAnyRole('ADMIN', 'QA_LEAD')";

    /** Councillors and partners who visit in Practice Week. */
    public static final String VISITOR_MANAGERS = "hasAnyRole('ADMIN', 'QA_LEAD')";

    /** Running quality assurance: templates, standards, programmes, moderation, Practice Week set-up. */
    public static final String QA_LEADS = "hasRole('QA_LEAD')";

    /** Findings and reports across the council. */
    public static final String REPORT_READERS = "hasAnyRole('QA_LEAD', 'LEADER')";

    /** Team managers, for their own team's work. */
    public static final String TEAM_MANAGERS = "hasRole('MANAGER')";

    /** Staff who work in or lead practice (not administrators). */
    public static final String PRACTICE_STAFF = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER')";

    /** Managers and practitioners, for their own team. */
    public static final String TEAM_STAFF = "hasAnyRole('MANAGER', 'PRACTITIONER')";

    /** Anyone who can take part in a Practice Week. */
    public static final String PRACTICE_WEEK_PARTICIPANTS =
            "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER', 'VISITOR')";

    /** Leaders and visitors who make Practice Week visits. */
    public static final String PRACTICE_WEEK_VISITORS = "hasAnyRole('LEADER', 'VISITOR')";

    /** Those who offer visit slots and see who visits their team. */
    public static final String SLOT_OFFERERS = "hasAnyRole('QA_LEAD', 'MANAGER')";

    /**
     * Learning reviews and their recommendations: every member of staff who works in, leads or trains practice (a
     * review's cases only for those who may open the case).
     */
    public static final String LEARNING_READERS =
            "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER', 'LEARNING_LEAD')";

    /** The leaders' synopsis of reviews, their actions and the evidence of change. */
    public static final String SYNOPSIS_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'LEARNING_LEAD')";

    /** Leaders (directors) record that they have read the synopsis. */
    public static final String LEADERS = "hasRole('LEADER')";

    /** Courses, sessions, training needs and attendance: the learning and development lead runs them. */
    public static final String LEARNING_LEADS = "hasRole('LEARNING_LEAD')";

    /** Training figures and courses across the council. */
    public static final String TRAINING_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'LEARNING_LEAD')";

    /**
     * Who still needs a course, team by team: those who run or oversee training, and team managers for their own team
     * ({@link RecordAccess#mayOpenTeamTraining}).
     */
    public static final String TRAINING_COVERAGE_READERS =
            "hasAnyRole('QA_LEAD', 'LEADER', 'LEARNING_LEAD', 'MANAGER')";

    /** Who reads the annual health check ({@link RecordAccess#mayReadHealthCheck}). */
    public static final String HEALTH_CHECK_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'LEARNING_LEAD')";

    /** Who builds question banks, sends staff surveys, reviews their free text and enters national figures. */
    public static final String SURVEY_MANAGERS = "hasAnyRole('ADMIN', 'QA_LEAD')";

    /**
     * Who reads staff survey results: never a person's answers, only groups of at least the survey's minimum
     * (decision 0033).
     */
    public static final String SURVEY_RESULT_READERS =
            "hasAnyRole('ADMIN', 'QA_LEAD', 'LEADER', 'MANAGER', 'LEARNING_LEAD')";

    /**
     * Supervision across teams: team managers for their own teams' staff (who is overdue), the quality assurance lead
     * (principal social worker) and leaders for compliance by team (decision 0034).
     */
    public static final String SUPERVISION_OVERSEERS = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER')";

    /** Recording a supervision session: team managers (their teams) and the quality assurance lead. */
    public static final String SUPERVISION_RECORDERS = "hasAnyRole('QA_LEAD', 'MANAGER')";

    /**
     * One's own supervision, and a session's record ({@link RecordAccess#mayReadSupervision}: only the supervisee, the
     * supervisor and the supervisee's managers).
     */
    public static final String SUPERVISEES = "hasAnyRole('QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER')";

    /** The workforce picture (headcount, vacancies, agency and bank staff, sickness, turnover): council-wide figures. */
    public static final String WORKFORCE_READERS = "hasAnyRole('QA_LEAD', 'LEADER')";

    /** Caseloads: a worker's caseload is personal, so their managers ({@link RecordAccess#maySeeCaseloads}) and the QA lead. */
    public static final String CASELOAD_READERS = "hasAnyRole('QA_LEAD', 'MANAGER')";

    /**
     * Complaints, compliments and enquiries: the complaints manager records and runs them; QA leads and leaders read
     * them all; team managers their own teams' (never the complainant's details); practitioners the compliments
     * about them ({@link RecordAccess#mayReadComplaint}).
     */
    public static final String COMPLAINT_READERS =
            "hasAnyRole('COMPLAINTS_MANAGER', 'QA_LEAD', 'LEADER', 'MANAGER', 'PRACTITIONER')";

    /** Recording complaints, their stages, extensions, outcomes, Ombudsman referrals, imports and annual reports. */
    public static final String COMPLAINTS_MANAGERS = "hasRole('COMPLAINTS_MANAGER')";

    /** Complaints trends and the statutory annual reports: figures about groups, council-wide. */
    public static final String COMPLAINT_TREND_READERS = "hasAnyRole('COMPLAINTS_MANAGER', 'QA_LEAD', 'LEADER')";

    /** The list of complaint categories, which the administrator or the QA lead keeps. */
    public static final String COMPLAINT_CATEGORY_EDITORS = "hasAnyRole('ADMIN', 'QA_LEAD')";

    /**
     * Quarterly practice assurance reports: the QA lead writes them, leaders review and approve them, committee members
     * read the published ones ({@link RecordAccess#mayReadAssuranceReport}).
     */
    public static final String ASSURANCE_REPORT_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'COMMITTEE_MEMBER')";

    /** What committees asked for and its answers: those who answer to committees, and committee members. */
    public static final String FOLLOW_UP_READERS = "hasAnyRole('QA_LEAD', 'LEADER', 'COMMITTEE_MEMBER')";

    /** Machine accounts reading the data API with a token (decision 0029); never a person's account. */
    public static final String API_READERS = "hasRole('API_READER')";

    private Policies() {}
}
