package org.praxis.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.expression.Expression;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Whether a signed-in person may open a page, asked before a link to it is shown: a handler must exist for the
 * address, and the handler's own {@code @PreAuthorize} rule must admit them. Navigation and home cards use this, so
 * they can neither advertise a page that is missing nor one that would answer 403. Rules about one record (this
 * audit) are the module's to check before it offers a link.
 */
@Component
class LinkCheck {

    private record Page(PathPattern pattern, Method handler, String rule) {}

    private final ApplicationContext context;
    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private volatile List<Page> pages;

    LinkCheck(ApplicationContext context) {
        this.context = context;
        this.expressions.setApplicationContext(context);
    }

    /**
     * The answer for this address and these authorities. The rules name roles only (record rules are the modules'),
     * so an answer holds for everyone with the same authorities, and every page's navigation costs a map look-up.
     */
    boolean mayOpen(String href, Authentication authentication) {
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
        return answers.computeIfAbsent(href + " " + authorities, key -> evaluate(href, authentication));
    }

    private boolean evaluate(String href, Authentication authentication) {
        var path = PathContainer.parsePath(href.replaceFirst("[?#].*$", ""));
        var page = pages().stream().filter(p -> p.pattern().matches(path)).findFirst();
        return page.isPresent() && admits(page.get().handler(), page.get().rule(), authentication);
    }

    /**
     * Whether a handler's rule admits this person. The rules name roles only, never the handler's arguments, so the
     * answer needs nothing the request binds: {@link AuthoriseBeforeBinding} asks it before binding.
     */
    boolean admits(Method handler, String rule, Authentication authentication) {
        var expression = parsed.computeIfAbsent(rule, expressions.getExpressionParser()::parseExpression);
        var context =
                expressions.createEvaluationContext(() -> authentication, new SimpleMethodInvocation(null, handler));
        return ExpressionUtils.evaluateAsBoolean(expression, context);
    }

    /** Every GET page and its rule, most specific address first ("/practice-week/new" before "/{id}"). */
    private List<Page> pages() {
        var found = pages;
        if (found == null) {
            var all = new ArrayList<Page>();
            // Looked up on first use: the jar's sub-commands run without the web layer.
            var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var methods = info.getMethodsCondition().getMethods();
                var rule = handler.getMethodAnnotation(PreAuthorize.class);
                if (rule == null
                        || info.getPathPatternsCondition() == null
                        || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                    return;
                }
                for (var pattern : info.getPathPatternsCondition().getPatterns()) {
                    all.add(new Page(pattern, handler.getMethod(), rule.value()));
                }
            });
            all.sort(Comparator.comparing(Page::pattern, PathPattern.SPECIFICITY_COMPARATOR));
            pages = found = List.copyOf(all);
        }
        return found;
    }
}
