package org.praxis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit: the page says what the limit is and what to do (a generic "problem with your
 * request" page said neither); the API answers an RFC 9457 problem with status 413. The servlet container may refuse
 * the upload before Spring sees it (while the security filters read the form): then Spring Boot's error page for 413,
 * {@code error/413.html}, says the same, from the {@code uploadLimits} bean.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final UploadLimits limits;

    UploadLimitAdvice(UploadLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The file is larger than the upload limit. " + limits.text()
                            + " Split the lists into CSV files, or ask your Praxis administrator to raise the limit.");
            problem.setType(URI.create("urn:praxis:problem:upload-too-large"));
            problem.setTitle("The file is too large");
            problem.setProperty("maxFileBytes", limits.maxFileSize().toBytes());
            return ResponseEntity.of(problem).build();
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return new ModelAndView("error/413", Map.of("path", request.getRequestURI()), HttpStatus.CONTENT_TOO_LARGE);
    }

    /** The upload limits in words, for the 413 page and the API's problem. */
    @Component("uploadLimits")
    record UploadLimits(
            @Value("${spring.servlet.multipart.max-file-size:1MB}")
            DataSize maxFileSize,

            @Value("${spring.servlet.multipart.max-request-size:10MB}")
            DataSize maxRequestSize) {

        public String text() {
            return "Praxis accepts files of up to " + size(maxFileSize) + " each, and up to " + size(maxRequestSize)
                    + " in one upload.";
        }
    }

    /** "200 MB", "10 KB": as a person reads sizes. */
    static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return String.format("%,d", bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return String.format("%,d", bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
