package org.grassroots.api.node;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.grassroots.api.article.Article;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.application.articles.ArticleCatalog;
import org.grassroots.application.listing.Catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The types {@code node} and {@code nodes} serve: the record of every catalog, named as
 * its GraphQL type is (the record's simple name) and found by its {@code id} in one
 * query; published articles as the API shows them. A new catalog serves {@code node}
 * without further wiring.
 */
@Component
class NodeTypes implements RuntimeWiringConfigurer {

	private static final DataFetcher<?> BUSINESS_KEY = PropertyDataFetcher.fetching("id");

	private final Map<String, NodeLoader> loaders = new TreeMap<>();

	/** Slices of the API with some catalogs only serve those. */
	NodeTypes(List<Catalog<?, ?, ?>> catalogs, ObjectProvider<ArticleCatalog> articles) {
		catalogs.stream()
			.filter((catalog) -> !(catalog instanceof ArticleCatalog))
			.forEach((catalog) -> loader(catalog).ifPresent(this::add));
		articles.ifAvailable((published) -> add(NodeLoader.of("Article",
				(keys) -> published.findByIds(keys).stream().map(Article::of).toList(), Article::id)));
	}

	/**
	 * Every node type's {@code id} (its global id) and {@code key} (its business key, the
	 * record's {@code id}) as plain data fetchers: they run in line for every item of a
	 * page, where a controller method would be dispatched to an executor each time.
	 */
	@Override
	public void configure(RuntimeWiring.Builder builder) {
		for (NodeLoader loader : this.loaders.values()) {
			String type = loader.type();
			builder.type(type, (wiring) -> wiring.dataFetcher("key", BUSINESS_KEY)
				.dataFetcher("id", (environment) -> GlobalId.of(type, (String) BUSINESS_KEY.get(environment))));
		}
	}

	Map<String, NodeLoader> byType() {
		return Map.copyOf(this.loaders);
	}

	private void add(NodeLoader loader) {
		this.loaders.put(loader.type(), loader);
	}

	/** A loader for the catalog's record, when it is a record with an {@code id}. */
	private static Optional<NodeLoader> loader(Catalog<?, ?, ?> catalog) {
		Class<?> type = ResolvableType.forClass(ClassUtils.getUserClass(catalog)).as(Catalog.class).resolveGeneric(0);
		if (type == null || !type.isRecord()) {
			return Optional.empty();
		}
		return Arrays.stream(type.getRecordComponents())
			.filter((component) -> component.getName().equals("id"))
			.map(RecordComponent::getAccessor)
			.findFirst()
			.map((accessor) -> loader(type.getSimpleName(), catalog, accessor));
	}

	@SuppressWarnings("unchecked")
	private static NodeLoader loader(String type, Catalog<?, ?, ?> catalog, Method id) {
		Function<Object, String> key = (record) -> {
			try {
				return (String) id.invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read the id of a " + type, ex);
			}
		};
		return NodeLoader.of(type, (keys) -> ((Catalog<Object, ?, ?>) catalog).findByIds(keys), key);
	}

}
