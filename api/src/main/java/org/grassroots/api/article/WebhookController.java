package org.grassroots.api.article;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.application.access.Callers;
import org.grassroots.application.delivery.Webhooks;
import org.grassroots.graph.delivery.Delivery;
import org.grassroots.graph.delivery.DeliveryFilter;
import org.grassroots.graph.delivery.DeliveryState;
import org.grassroots.graph.delivery.WebhookEndpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Webhook endpoints and the delivery log, for administrators.
 */
@Controller
class WebhookController {

	private static final String DELIVERY = "Delivery";

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@QueryMapping
	List<WebhookEndpoint> webhookEndpoints() {
		return this.webhooks.endpoints(Callers.current());
	}

	@QueryMapping
	Connection<Delivery, DeliveryFilter> deliveries(@Argument @Nullable FilterInput filter,
			DataFetchingEnvironment environment) {
		DeliveryFilter chosen = this.webhooks.filter(Callers.current(), (filter != null) ? filter.consumer() : null,
				(filter != null && filter.state() != null) ? filter.state().name() : null);
		PageRequest request = PageRequest.of(environment, DELIVERY, DeliveryFilter.ORDER.ascending());
		return Connection.of(this.webhooks.page(chosen, request.order(), request.seek()), DELIVERY, request, chosen);
	}

	@SchemaMapping(typeName = DELIVERY + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (DeliveryFilter filter) -> this.webhooks.count(filter));
	}

	@MutationMapping
	RegisterPayload registerWebhook(@Argument RegisterInput input) {
		WebhookEndpoint endpoint = this.webhooks.register(Callers.current(), input.url(),
				(input.events() != null) ? input.events() : List.of());
		return new RegisterPayload(endpoint, endpoint.secret());
	}

	@MutationMapping
	UpdatePayload updateWebhook(@Argument UpdateInput input) {
		return new UpdatePayload(
				this.webhooks.update(Callers.current(), input.key(), input.url(), input.events(), input.active()));
	}

	@MutationMapping
	RetryPayload retryDelivery(@Argument RetryInput input) {
		this.webhooks.retry(Callers.current(), input.key());
		return new RetryPayload(input.key());
	}

	@SchemaMapping(typeName = "WebhookEndpoint")
	String key(WebhookEndpoint endpoint) {
		return endpoint.id();
	}

	@SchemaMapping(typeName = "WebhookEndpoint")
	String createdAt(WebhookEndpoint endpoint) {
		return endpoint.createdAt().toString();
	}

	@SchemaMapping(typeName = DELIVERY)
	String key(Delivery delivery) {
		return delivery.id();
	}

	@SchemaMapping(typeName = DELIVERY)
	String eventKey(Delivery delivery) {
		return delivery.eventId();
	}

	@SchemaMapping(typeName = DELIVERY)
	String createdAt(Delivery delivery) {
		return delivery.createdAt().toString();
	}

	@SchemaMapping(typeName = DELIVERY)
	@Nullable String nextAttemptAt(Delivery delivery) {
		return (delivery.nextAt() != null) ? delivery.nextAt().toString() : null;
	}

	@SchemaMapping(typeName = DELIVERY)
	@Nullable String deliveredAt(Delivery delivery) {
		return (delivery.deliveredAt() != null) ? delivery.deliveredAt().toString() : null;
	}

	record FilterInput(@Nullable String consumer, @Nullable DeliveryState state) {
	}

	record RegisterInput(String url, @Nullable List<String> events) {
	}

	record RegisterPayload(WebhookEndpoint endpoint, String secret) {
	}

	record UpdateInput(String key, @Nullable String url, @Nullable List<String> events, @Nullable Boolean active) {
	}

	record UpdatePayload(WebhookEndpoint endpoint) {
	}

	record RetryInput(String key) {
	}

	record RetryPayload(String key) {
	}

}
