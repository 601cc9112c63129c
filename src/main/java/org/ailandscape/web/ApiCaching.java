package org.ailandscape.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's answers and the embeds carry an ETag (a hash of the body), and a request whose {@code If-None-Match}
 * names it gets 304 Not Modified with no body: a client that polls the dataset downloads it again only
 * when the data has changed.
 */
@Configuration(proxyBeanMethods = false)
class ApiCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*", "/embed/*");
        registration.setName("apiEtags");
        return registration;
    }
}
