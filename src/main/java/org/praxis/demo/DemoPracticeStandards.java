package org.praxis.demo;

import static org.praxis.standards.CareService.ADULTS;
import static org.praxis.standards.CareService.ALL;
import static org.praxis.standards.CareService.CHILDREN;
import static org.praxis.standards.StandardDomain.ASSESSMENT;
import static org.praxis.standards.StandardDomain.IMPACT;
import static org.praxis.standards.StandardDomain.MANAGEMENT_OVERSIGHT;
import static org.praxis.standards.StandardDomain.MULTI_AGENCY;
import static org.praxis.standards.StandardDomain.PLANNING;
import static org.praxis.standards.StandardDomain.RECORDING;
import static org.praxis.standards.StandardDomain.RISK;
import static org.praxis.standards.StandardDomain.SUPERVISION;
import static org.praxis.standards.StandardDomain.VOICE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardDomain;
import org.praxis.standards.StandardsManual;

/** Northbridge's practice standards manual: children's (CS), adults' (AS) and shared (PS) standards. */
final class DemoPracticeStandards {

    record Standard(String code, String title, StandardDomain domain, CareService service, String good) {}

    static final List<Standard> ALL_STANDARDS = List.of(
            new Standard(
                    "CS1",
                    "The child is seen, and seen alone",
                    VOICE,
                    CHILDREN,
                    "Children are seen within the timescales of their plan, and seen alone when their age and"
                            + " understanding allow. The record says what the child said, did and showed, in their"
                            + " own words where possible."),
            new Standard(
                    "CS2",
                    "The child's lived experience is understood",
                    VOICE,
                    CHILDREN,
                    "The record describes a day in the child's life: who cares for them, what worries and"
                            + " pleases them. Direct work tools are used and their results are on file."),
            new Standard(
                    "CS3",
                    "Assessments are timely and analytical",
                    ASSESSMENT,
                    CHILDREN,
                    "Assessments are completed within 45 working days. They weigh history, strengths and risks,"
                            + " and end with a clear analysis of what life is like for the child and what must change."),
            new Standard(
                    "CS4",
                    "Plans are SMART and child-centred",
                    PLANNING,
                    CHILDREN,
                    "Every plan says what will change, who will do what and by when, and how we will know it has"
                            + " made a difference, in words the family can understand."),
            new Standard(
                    "CS5",
                    "Risk is identified, analysed and reviewed",
                    RISK,
                    CHILDREN,
                    "Risks and protective factors are named, cumulative harm and neglect are considered, and the"
                            + " risk assessment is reviewed when circumstances change."),
            new Standard(
                    "CS6",
                    "Permanence is planned from the start",
                    PLANNING,
                    CHILDREN,
                    "Children in care have a permanence plan by their second review, with parallel planning where"
                            + " return home is uncertain, and their life story work is under way."),
            new Standard(
                    "AS1",
                    "The person is at the centre (Making Safeguarding Personal)",
                    VOICE,
                    ADULTS,
                    "The adult is asked what outcomes they want, at the start and the end. Their wishes, and"
                            + " whether they were met, are recorded in their own words."),
            new Standard(
                    "AS2",
                    "Care Act assessments are strengths-based",
                    ASSESSMENT,
                    ADULTS,
                    "The assessment starts from what the person can do and who supports them, considers"
                            + " wellbeing in the round, and records eligibility decisions with reasons."),
            new Standard(
                    "AS3",
                    "Mental capacity is assessed and recorded when in doubt",
                    ASSESSMENT,
                    ADULTS,
                    "Where there is reason to doubt capacity for a specific decision, a two-stage assessment is"
                            + " recorded, and best-interest decisions show who was consulted."),
            new Standard(
                    "AS4",
                    "Support plans promote independence",
                    PLANNING,
                    ADULTS,
                    "Support plans say how the person's outcomes will be met, make use of community resources"
                            + " and reablement first, and are reviewed at least every 12 months."),
            new Standard(
                    "AS5",
                    "Safeguarding enquiries are proportionate and timely",
                    RISK,
                    ADULTS,
                    "Section 42 enquiries start promptly, are proportionate to the risk and the person's wishes,"
                            + " and end with a protection plan that the person agrees with."),
            new Standard(
                    "PS1",
                    "Management oversight is evident and reflective",
                    MANAGEMENT_OVERSIGHT,
                    ALL,
                    "Managers record their decisions and the reasons for them at key points, give direction with"
                            + " timescales, and check that the direction was followed."),
            new Standard(
                    "PS2",
                    "Supervision is regular and reflective",
                    SUPERVISION,
                    ALL,
                    "Practitioners are supervised at least monthly. Case supervision records reflection,"
                            + " hypotheses and actions, not only tasks."),
            new Standard(
                    "PS3",
                    "Records are up to date and written for the person",
                    RECORDING,
                    ALL,
                    "Case notes are written within 2 working days, in plain language, as if the person will read"
                            + " them - because one day they may. Chronologies are current."),
            new Standard(
                    "PS4",
                    "Partners work together and share information",
                    MULTI_AGENCY,
                    ALL,
                    "Partner agencies contribute to assessment and planning, information is shared promptly and"
                            + " lawfully, and disagreements are escalated and resolved."),
            new Standard(
                    "PS5",
                    "Our involvement makes a difference",
                    IMPACT,
                    ALL,
                    "The record shows what has changed for the child or adult because of our involvement, and"
                            + " the person or family can say so themselves."));

    /** Adds the manual; returns the standards' ids by code. */
    static Map<String, Long> load(StandardsManual manual) {
        var ids = new HashMap<String, Long>();
        for (var s : ALL_STANDARDS) {
            ids.put(
                    s.code(),
                    manual.add(
                            s.code(),
                            new StandardsManual.Wording(s.title(), s.good(), s.domain(), s.service()),
                            "demo"));
        }
        // One standard already revised once, so the change history has something to show.
        var cs1 = ALL_STANDARDS.getFirst();
        manual.change(
                ids.get("CS1"),
                1,
                new StandardsManual.Wording(
                        cs1.title(),
                        cs1.good() + " Where a child is not seen alone, the record says why and what the manager"
                                + " decided.",
                        cs1.domain(),
                        cs1.service()),
                "Added the expectation to record why a child was not seen alone, after the 2025 learning review",
                "demo");
        return ids;
    }

    private DemoPracticeStandards() {}
}
