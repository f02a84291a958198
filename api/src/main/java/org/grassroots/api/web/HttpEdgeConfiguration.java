package org.grassroots.api.web;

import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The HTTP edge in front of the GraphQL endpoint: the request gate, then admission, both
 * ahead of security and the engine so that a refusal costs next to nothing; and JSON
 * instead of Tomcat's HTML error report.
 */
@Configuration(proxyBeanMethods = false)
class HttpEdgeConfiguration {

	@Bean
	FilterRegistrationBean<GraphQlRequestGate> graphQlRequestGate(HttpLimits limits, JsonMapper json,
			GraphQlProperties graphQl, GraphQlCorsProperties cors) {
		var registration = new FilterRegistrationBean<>(
				new GraphQlRequestGate(limits, json, cors.toCorsConfiguration()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Admission> admission(HttpLimits limits, GraphQlProperties graphQl,
			GraphQlCorsProperties cors) {
		var registration = new FilterRegistrationBean<>(new Admission(limits, cors.toCorsConfiguration()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	/**
	 * The server listens before the start-up work has run; GraphQL requests are admitted
	 * once it has, so none meets a graph without its schema or data.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> openAdmission(FilterRegistrationBean<Admission> admission) {
		return (event) -> admission.getFilter().open();
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrors.Valve.class.getName());
			}
		});
	}

}
