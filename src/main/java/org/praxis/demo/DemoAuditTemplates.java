package org.praxis.demo;

import static org.praxis.audit.AnswerType.DATE;
import static org.praxis.audit.AnswerType.GRADE;
import static org.praxis.audit.AnswerType.NUMBER;
import static org.praxis.audit.AnswerType.TEXT;
import static org.praxis.audit.AnswerType.YES_PARTLY_NO;

import java.util.List;
import java.util.Map;
import org.praxis.audit.AnswerType;
import org.praxis.audit.AuditTemplates;
import org.praxis.standards.CareService;

/** The two templates Northbridge audits with: a children's whole-case audit and an adults' MSP audit. */
final class DemoAuditTemplates {

    record Question(String text, String guidance, AnswerType type, boolean required, List<String> standards) {}

    record Section(String title, List<Question> questions) {}

    static final String CHILDREN = "Children's whole-case audit";
    static final String ADULTS = "Adults' care and support and Making Safeguarding Personal audit";

    static final List<Section> CHILDRENS_SECTIONS = List.of(
            new Section(
                    "Voice of the child",
                    List.of(
                            new Question(
                                    "How well is the child's voice heard and acted on?",
                                    "The child is seen alone; their words, wishes and feelings are recorded and shape the plan.",
                                    GRADE,
                                    true,
                                    List.of("CS1", "CS2")),
                            new Question(
                                    "When was the child last seen?",
                                    "From the case record.",
                                    DATE,
                                    false,
                                    List.of("CS1")),
                            new Question(
                                    "Was the child seen alone at the last visit?",
                                    "",
                                    YES_PARTLY_NO,
                                    true,
                                    List.of("CS1")))),
            new Section(
                    "Assessment",
                    List.of(
                            new Question(
                                    "How good is the most recent assessment?",
                                    "Timely, analytical, uses history, and says what life is like for the child.",
                                    GRADE,
                                    true,
                                    List.of("CS3")),
                            new Question(
                                    "Was the assessment completed within 45 working days?",
                                    "",
                                    YES_PARTLY_NO,
                                    true,
                                    List.of("CS3")))),
            new Section(
                    "Planning",
                    List.of(
                            new Question(
                                    "How good is the child's plan?",
                                    "SMART outcomes, owned by the family and partners, reviewed on time.",
                                    GRADE,
                                    true,
                                    List.of("CS4", "CS6")),
                            new Question(
                                    "How many plan reviews in the last 12 months?",
                                    "",
                                    NUMBER,
                                    false,
                                    List.of("CS4")))),
            new Section(
                    "Risk",
                    List.of(new Question(
                            "How well are risks and strengths understood and managed?",
                            "Cumulative harm and neglect considered; risk reviewed when things change.",
                            GRADE,
                            true,
                            List.of("CS5")))),
            new Section(
                    "Management oversight and supervision",
                    List.of(
                            new Question(
                                    "How well does management oversight drive the work?",
                                    "Decisions and reasons recorded at key points; direction followed up.",
                                    GRADE,
                                    true,
                                    List.of("PS1")),
                            new Question(
                                    "Is there case supervision in the last 3 months?",
                                    "",
                                    YES_PARTLY_NO,
                                    true,
                                    List.of("PS2")))),
            new Section(
                    "Recording and multi-agency working",
                    List.of(
                            new Question(
                                    "How good is the recording?",
                                    "Up to date, plain language, written for the child to read one day.",
                                    GRADE,
                                    true,
                                    List.of("PS3")),
                            new Question(
                                    "How well do partners contribute?",
                                    "Health, school and police contribute to assessment and planning.",
                                    GRADE,
                                    true,
                                    List.of("PS4")),
                            new Question("Anything else the auditor noticed", "", TEXT, false, List.of("PS3")))),
            new Section(
                    "Impact",
                    List.of(new Question(
                            "How much difference has our work made to the child?",
                            "Evidence of change in the child's life, not only of activity.",
                            GRADE,
                            true,
                            List.of("PS5")))));

    static final List<Section> ADULTS_SECTIONS = List.of(
            new Section(
                    "The person at the centre",
                    List.of(
                            new Question(
                                    "How well were the person's desired outcomes sought and recorded?",
                                    "Asked at the start and the end, in their own words (Making Safeguarding Personal).",
                                    GRADE,
                                    true,
                                    List.of("AS1")),
                            new Question("Were the person's outcomes met?", "", YES_PARTLY_NO, true, List.of("AS1")))),
            new Section(
                    "Assessment and capacity",
                    List.of(
                            new Question(
                                    "How strengths-based is the Care Act assessment?", "", GRADE, true, List.of("AS2")),
                            new Question(
                                    "Where capacity was in doubt, was it assessed and recorded?",
                                    "",
                                    YES_PARTLY_NO,
                                    false,
                                    List.of("AS3")))),
            new Section(
                    "Support and safeguarding",
                    List.of(
                            new Question(
                                    "How well does the support plan promote independence?",
                                    "",
                                    GRADE,
                                    true,
                                    List.of("AS4")),
                            new Question(
                                    "How proportionate and timely was any safeguarding enquiry?",
                                    "Mark not applicable when there was no enquiry.",
                                    GRADE,
                                    false,
                                    List.of("AS5")),
                            new Question("Date of the last review", "", DATE, false, List.of("AS4")))),
            new Section(
                    "Oversight, recording and partners",
                    List.of(
                            new Question(
                                    "How well does management oversight shape the work?",
                                    "",
                                    GRADE,
                                    true,
                                    List.of("PS1")),
                            new Question("How good is the recording?", "", GRADE, true, List.of("PS3")),
                            new Question("How well do partners work together?", "", GRADE, true, List.of("PS4")))),
            new Section(
                    "Impact",
                    List.of(new Question(
                            "How much difference has our work made to the person?", "", GRADE, true, List.of("PS5")))));

    /** Makes and publishes both templates; returns their published version ids, children's first. */
    static List<Long> load(AuditTemplates templates, Map<String, Long> standards) {
        return List.of(
                make(
                        templates,
                        standards,
                        CHILDREN,
                        CareService.CHILDREN,
                        "Routine audit of a child's whole case against the practice standards.",
                        CHILDRENS_SECTIONS),
                make(
                        templates,
                        standards,
                        ADULTS,
                        CareService.ADULTS,
                        "Care and support, and safeguarding enquiries, through the person's eyes.",
                        ADULTS_SECTIONS));
    }

    private static long make(
            AuditTemplates templates,
            Map<String, Long> standards,
            String name,
            CareService service,
            String description,
            List<Section> sections) {
        long version = templates.create(name, service, description, "qa.lead");
        for (var section : sections) {
            long sectionId = templates.addSection(version, section.title());
            for (var q : section.questions()) {
                templates.addQuestion(
                        version,
                        sectionId,
                        new AuditTemplates.NewQuestion(
                                q.text(),
                                q.guidance(),
                                q.type(),
                                q.required(),
                                q.standards().stream().map(standards::get).toList()));
            }
        }
        var published = templates.version(version).orElseThrow();
        templates.publish(version, published.lockVersion(), "qa.lead");
        return version;
    }

    private DemoAuditTemplates() {}
}
