package org.grassroots.api.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL serves POST; GET for queries is added beside it on the same path.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetConfiguration {

	/**
	 * POST answered on the request's thread, in place of Spring for GraphQL's handler.
	 */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQl) {
		return new BlockingGraphQlHttpHandler(graphQl);
	}

	/**
	 * Ahead of Spring for GraphQL's route, which answers every GET on the path with 405.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler graphQl, JsonMapper json,
			GraphQlProperties properties) {
		var handler = new GraphQlGetHandler(graphQl, json);
		return RouterFunctions.route(RequestPredicates.GET(properties.getHttp().getPath()), handler::handle);
	}

}
