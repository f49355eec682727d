package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A committee member reads published reports and the follow-up list, nothing else (issue 18): checked against every
 * handler's rule, so a new screen opened to "anyone signed in" by mistake fails here, not in a councillor's browser.
 */
class CommitteeMemberReachTest {

    @Test
    void aCommitteeMemberReachesOnlyReportsFollowUpsHomeAndMessages() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        var expressions = new DefaultMethodSecurityExpressionHandler();
        var councillor = UsernamePasswordAuthenticationToken.authenticated(
                "councillor", "n/a", AuthorityUtils.createAuthorityList("ROLE_COMMITTEE_MEMBER"));
        var reached = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("org.praxis")) {
            var type = Class.forName(candidate.getBeanClassName());
            if (type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath()
                    .contains("test-classes")) {
                continue; // the tests' own pages (the component gallery) are not Praxis's screens
            }
            for (var method : type.getDeclaredMethods()) {
                var rule = method.getAnnotation(PreAuthorize.class);
                if (rule == null || !AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                var context =
                        expressions.createEvaluationContext(() -> councillor, new SimpleMethodInvocation(null, method));
                var expression = expressions.getExpressionParser().parseExpression(rule.value());
                if (ExpressionUtils.evaluateAsBoolean(expression, context) && !"permitAll()".equals(rule.value())) {
                    reached.add(type.getSimpleName());
                }
            }
        }
        assertThat(reached)
                .as("controllers with a handler a committee member may call (besides the pages open to anyone)")
                .containsExactly(
                        "AssuranceReportController",
                        "FollowUpController",
                        "HomeController",
                        "NoticeController",
                        "SignInController");
    }
}
