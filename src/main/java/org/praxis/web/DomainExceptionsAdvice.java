package org.praxis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriTemplate;

/**
 * The one place the domain exceptions become what a person sees:
 *
 * <ul>
 *   <li>{@link NotFound} → the "Page not found" page (404), as is an address whose path does not bind (a word
 *       where a record's number goes): it names no page;
 *   <li>{@link Refused} and {@link Stale} (and an optimistic-lock failure no service translated) on a POST →
 *       back to the page (see {@link ReturnTo}) with the message in its GOV.UK error summary, through the flash
 *       attribute {@code problems}; on any other method, the 409 page.
 * </ul>
 */
@ControllerAdvice
class DomainExceptionsAdvice {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A path that does not bind names no page (404); a query parameter that does not bind stays a bad request (400):
     * the page exists, the question is wrong.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadable(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        response.sendError(
                mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? HttpStatus.NOT_FOUND.value()
                        : HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(
            Refused refused, HttpServletRequest request, HttpServletResponse response, HandlerMethod handler)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpStatus.CONFLICT.value());
            return null; // the error page is shown
        }
        RequestContextUtils.getOutputFlashMap(request).put("problems", refused.problems());
        return new ModelAndView("redirect:" + pageOf(request, handler));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletRequest request, HttpServletResponse response, HandlerMethod handler)
            throws IOException {
        return refused(new Stale(), request, response, handler);
    }

    /** The page the POST came from: the handler's {@link ReturnTo}, or its address less the last segment. */
    static String pageOf(HttpServletRequest request, HandlerMethod handler) {
        var returnTo = handler == null ? null : handler.getMethodAnnotation(ReturnTo.class);
        if (returnTo != null) {
            @SuppressWarnings("unchecked")
            var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return new UriTemplate(returnTo.value())
                    .expand(variables == null ? Map.of() : variables)
                    .toString();
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        int last = path.lastIndexOf('/');
        return last > 0 ? path.substring(0, last) : "/";
    }
}
