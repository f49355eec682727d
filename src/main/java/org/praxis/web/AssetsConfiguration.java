package org.praxis.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files, each under its own addresses: the stylesheet and script at addresses carrying a hash of their
 * content, the WebJars' at their version, so browsers may keep them for a year (pages stay no-store). govuk-frontend's
 * precompiled CSS asks for images at absolute {@code /assets/} addresses; they are served from the WebJar so nothing
 * 404s and no front-end build is needed. There is no catch-all "/**" handler: with one, every link a page builds
 * was looked up as a possible file in the jar.
 */
@Configuration
class AssetsConfiguration implements WebMvcConfigurer {

    private final String govukVersion;

    AssetsConfiguration(@Value("${praxis.govuk-frontend.version:5.14.0}") String govukVersion) {
        this.govukVersion = govukVersion;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        var year = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic();
        for (var folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year)
                    .resourceChain(true)
                    .addResolver(new org.springframework.web.servlet.resource.VersionResourceResolver()
                            .addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/images/**")
                .addResourceLocations("classpath:/static/images/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)));
        // The favicon, the one file at the root.
        registry.addResourceHandler("/*.svg")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)));
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year);
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)));
    }
}
