package org.praxis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@code @PreAuthorize} rule, checked before any of its parameters are bound. Method security checks the
 * rule only when the handler is called, after binding, so an address that does not bind (a word where the handler
 * takes a number, a required parameter left out) answered 400 to people the page is forbidden to, and they were not
 * in the access log. Checked here first, every forbidden address gets the 403 page and a DENIED entry (the refusal
 * takes the same way as method security's); the rule is still checked again when the handler is called.
 */
@Configuration(proxyBeanMethods = false)
class AuthoriseBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

    private final LinkCheck links;

    AuthoriseBeforeBinding(LinkCheck links) {
        this.links = links;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var rule = method.getMethodAnnotation(PreAuthorize.class);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (rule == null || authentication == null) {
            return true;
        }
        if (!links.admits(method.getMethod(), rule.value(), authentication)) {
            throw new AccessDeniedException("Access denied");
        }
        return true;
    }
}
