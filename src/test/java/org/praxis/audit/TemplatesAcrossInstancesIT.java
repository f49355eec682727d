package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.standards.CareService;
import org.praxis.standards.StandardDomain;
import org.praxis.standards.StandardsManual;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.support.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two instances on one database: a template published on one is published on the other, and a standard reworded on
 * one shows in the other's copy of a published template, which it holds in memory.
 */
@PraxisIntegrationTest
class TemplatesAcrossInstancesIT {

    @Autowired
    Environment environment;

    @Autowired
    AuditTemplates templates;

    @Autowired
    StandardsManual standards;

    @Autowired
    DemoUsers demo;

    @Test
    void aTemplatePublishedOrAStandardRewordedOnOneInstanceIsSeenOnTheOther() throws Exception {
        var second = SecondInstance.on(environment);
        MockMvc secondMvc = SecondInstance.mvc(second);
        var code = "X" + UUID.randomUUID().toString().substring(0, 6);
        long standard = standards.add(
                code,
                new StandardsManual.Wording(
                        "Plans are written with the family", "Good.", StandardDomain.PLANNING, CareService.CHILDREN),
                "qa.lead");
        long version = templates.create(
                "Across instances " + code, CareService.CHILDREN, "Two servers, one template", "qa.lead");
        long section = templates.addSection(version, "Planning");
        templates.addQuestion(
                version,
                section,
                new AuditTemplates.NewQuestion(
                        "Is the plan clear?", "Look at the plan.", AnswerType.YES_PARTLY_NO, true, List.of(standard)));

        // The second instance sees the draft, then the published version.
        assertThat(page(secondMvc, version)).contains(">Draft<");
        templates.publish(version, templates.version(version).orElseThrow().lockVersion(), "qa.lead");
        assertThat(page(secondMvc, version))
                .contains(">Published<")
                .contains(code + " Plans are written with the family");
        assertThat(second.getBean(AuditTemplates.class).publishedVersions()).containsKey(version);

        // The second instance now holds the published version in memory; the standard is reworded on the first.
        standards.change(
                standard,
                1,
                new StandardsManual.Wording(
                        "Plans are written with the child and family",
                        "Better.",
                        StandardDomain.PLANNING,
                        CareService.CHILDREN),
                "Include the child",
                "qa.lead");
        assertThat(page(secondMvc, version))
                .contains(code + " Plans are written with the child and family")
                .doesNotContain(code + " Plans are written with the family");
    }

    private String page(MockMvc mvc, long version) throws Exception {
        return mvc.perform(get("/audit/templates/versions/" + version).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
