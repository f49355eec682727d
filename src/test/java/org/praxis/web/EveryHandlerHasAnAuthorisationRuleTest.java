package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.praxis.identity.Policies;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every controller handler in Praxis states who may call it by naming one of the policies in {@link Policies}; one
 * without a rule, or with a role list of its own, fails the build.
 */
class EveryHandlerHasAnAuthorisationRuleTest {

    @Test
    void everyHandlerMethodCarriesPreAuthorize() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        var controllers = scanner.findCandidateComponents("org.praxis");
        assertThat(controllers).as("controllers found").hasSizeGreaterThan(5);

        var handlers = new ArrayList<Method>();
        var withoutRule = new ArrayList<String>();
        for (var candidate : controllers) {
            var type = Class.forName(candidate.getBeanClassName());
            for (var method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    handlers.add(method);
                    if (!method.isAnnotationPresent(PreAuthorize.class)) {
                        withoutRule.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(handlers).as("handler methods found").hasSizeGreaterThan(20);
        assertThat(withoutRule)
                .as("handlers without an explicit @PreAuthorize rule")
                .isEmpty();
        var named = new ArrayList<String>();
        for (var field : Policies.class.getFields()) {
            named.add((String) field.get(null));
        }
        assertThat(handlers)
                .as("every rule is one of the named policies in identity's Policies, not a role list of its own")
                .allSatisfy(m -> assertThat(named)
                        .as("%s.%s", m.getDeclaringClass().getSimpleName(), m.getName())
                        .contains(m.getAnnotation(PreAuthorize.class).value()));
        assertThat(handlers.stream()
                        .map(m -> m.getAnnotation(PreAuthorize.class).value()))
                .as("no handler is open to anyone except the sign-in and information pages, the families' form and a"
                        + " staff survey's single-use link")
                .filteredOn("permitAll()"::equals)
                .hasSize((int) handlers.stream()
                        .filter(m -> Arrays.asList(
                                        "SignInController.signIn",
                                        "InformationPagesController.accessibility",
                                        "InformationPagesController.privacy",
                                        "FamilyFeedbackController.form",
                                        "FamilyFeedbackController.send",
                                        "FamilyFeedbackController.thanks",
                                        "AnswerController.linkForm",
                                        "AnswerController.linkAnswer",
                                        "AnswerController.thanks")
                                .contains(m.getDeclaringClass().getSimpleName() + "." + m.getName()))
                        .count());
    }
}
