package org.grassroots.api.compiled;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.TrivialDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.ListFields;
import org.grassroots.application.reads.ComposedReads;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Puts composed reads in front of {@code Query.node}: when the id names a type the tables
 * know and the selection translates, one statement answers the field; otherwise the node
 * loader and the field loaders do, as before. A query of composed nodes alone is answered
 * without the engine's field-by-field execution ({@link ComposedQueries}). Every field of
 * the types a composed read returns looks its value up in the answer first, and the
 * {@code Node} interface finds a composed object's type from the object itself.
 */
@Component
@EnableConfigurationProperties(ComposedReadsProperties.class)
public final class ComposedReadsWiring extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

	/**
	 * A key of the GraphQL context that, set to {@code true} in-process, sends the
	 * request the loaders' way: for comparing both ways in tests and benchmarks.
	 */
	public static final String BY_LOADERS = ComposedReadsWiring.class.getName() + ".byLoaders";

	private final @Nullable ComposedReads reads;

	private final Map<String, ComposedList> lists;

	/**
	 * @param reads absent in slices of the API that test controllers alone: composed
	 * reads are then off
	 */
	ComposedReadsWiring(ObjectProvider<ComposedReads> reads, ObjectProvider<ListFields<?, ?, ?, ?>> lists,
			ComposedReadsProperties properties) {
		ComposedReads composed = properties.enabled() ? reads.getIfAvailable() : null;
		this.reads = composed;
		this.lists = (composed != null) ? lists.orderedStream()
			.filter(ListFields::isComposed)
			.map((fields) -> rootList(fields, composed))
			.collect(Collectors.toMap(ComposedList::field, (list) -> list)) : Map.of();
	}

	private static <F> ComposedList rootList(ListFields<?, F, ?, ?> fields, ComposedReads reads) {
		return new RootList<>(fields, reads);
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		if (this.reads == null) {
			return;
		}
		ClassNameTypeResolver byClass = new ClassNameTypeResolver();
		builder.instrumentation(List.of(new ComposedQueries.Installer(this.reads, this.lists)));
		builder.typeVisitors(List.of(this)).defaultTypeResolver((environment) -> {
			Object object = environment.getObject();
			return (object instanceof Compiled compiled) ? environment.getSchema().getObjectType(compiled.type())
					: byClass.getType(environment);
		});
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		GraphQLFieldsContainer parent = (GraphQLFieldsContainer) context.getParentNode();
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
		if (parent.getName().equals("Query") && field.getName().equals("node") && this.reads != null) {
			registry.dataFetcher(coordinates, node(original, this.reads));
		}
		else if (answered(parent.getName())) {
			registry.dataFetcher(coordinates, trivial(original) ? new TrivialLookup(original) : new Lookup(original));
		}
		return TraversalControl.CONTINUE;
	}

	private static DataFetcher<Object> node(DataFetcher<?> original, ComposedReads reads) {
		return (environment) -> {
			Optional<GlobalId> id = GlobalId.decode(environment.getArgument("id"));
			Optional<NodeCompiler.Compilation> compilation = id
				.filter((global) -> !Boolean.TRUE.equals(environment.getGraphQlContext().get(BY_LOADERS)))
				.flatMap((global) -> NodeCompiler.compile(global.type(), global.key(),
						environment.getSelectionSet().getImmediateFields()));
			if (compilation.isEmpty()) {
				return original.get(environment);
			}
			Map<String, Object> read = reads.read(compilation.get().plan());
			return (read != null) ? compilation.get().answer(read) : null;
		};
	}

	/**
	 * Whether the field's own fetcher reads a property of its source, which needs none of
	 * the request's context around it.
	 */
	private static boolean trivial(DataFetcher<?> fetcher) {
		return fetcher instanceof TrivialDataFetcher || fetcher.getClass().getPackageName().startsWith("graphql.");
	}

	/** A field's value in a composed answer, else what its own fetcher finds. */
	private static class Lookup implements DataFetcher<Object> {

		private final DataFetcher<?> original;

		Lookup(DataFetcher<?> original) {
			this.original = original;
		}

		@Override
		public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
			if (environment.getSource() instanceof Compiled compiled) {
				return compiled.values().get(environment.getField().getResultKey());
			}
			return this.original.get(environment);
		}

	}

	/** A lookup in front of a property read: nothing of the request's context needed. */
	private static final class TrivialLookup extends Lookup implements TrivialDataFetcher<Object> {

		TrivialLookup(DataFetcher<?> original) {
			super(original);
		}

	}

	/** The types, connections and edges a composed read may return. */
	private static boolean answered(String type) {
		String node = type.replaceFirst("(Connection|Edge)$", "");
		return ReadTypes.TYPES.containsKey(node);
	}

}
