package org.praxis.support;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Carries cookies (Spring Session's SESSION above all) from one MockMvc request to the next, as a browser does. */
public final class CookieJar {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public CookieJar(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        var result = mvc.perform(request).andReturn();
        for (var cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    public String sessionId() {
        var cookie = cookies.get("SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    public void setSessionCookie(String value) {
        cookies.put("SESSION", new Cookie("SESSION", value));
    }
}
