package org.praxis.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * govuk-frontend's precompiled CSS asks for images at absolute {@code /assets/} addresses; they are
 * served from the WebJar so nothing 404s and no front-end build is needed.
 */
@Configuration
class AssetsConfiguration implements WebMvcConfigurer {

    private final String govukVersion;

    AssetsConfiguration(@Value("${praxis.govuk-frontend.version:5.14.0}") String govukVersion) {
        this.govukVersion = govukVersion;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)));
    }
}
