package org.grassroots.api.compiled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.application.reads.ComposedReads;
import org.jspecify.annotations.Nullable;

/**
 * Answers a query whose every root field is a composed {@code node}, a composed root list
 * ({@link ComposedList}) or {@code __typename} without the engine resolving field by
 * field: one statement per root field, and the answer written in the selection's order,
 * each leaf serialized by its own scalar or enum type. A page of some 600 fields
 * otherwise costs the engine a fetch, a completion and the instrumentation's callbacks
 * per field, more than the statement itself. Anything else — another root field, a
 * selection the tables do not know, a value the schema would refuse, an argument the list
 * refuses — is executed the usual way, which reads the composed {@code node} fields
 * through their fetcher and lists through theirs.
 */
final class ComposedQueries extends ExecutionStrategy {

	private final ExecutionStrategy usual;

	private final ComposedReads reads;

	/** The root lists a composed read may answer, by field. */
	private final Map<String, ComposedList> lists;

	private ComposedQueries(ExecutionStrategy usual, ComposedReads reads, Map<String, ComposedList> lists) {
		super(exceptionHandlerOf(usual));
		this.usual = usual;
		this.reads = reads;
		this.lists = lists;
	}

	/**
	 * The usual strategy's handler of fetchers' exceptions: Spring's, which maps them to
	 * the API's errors. Installed as the request's query strategy, this one executes the
	 * nested fields of a query answered the usual way, so a fetcher's exception there
	 * must be handled as the usual strategy handles it, not by graphql-java's default,
	 * which knows no classification. graphql-java keeps the handler in a protected field
	 * and offers no other way to it.
	 */
	private static DataFetcherExceptionHandler exceptionHandlerOf(ExecutionStrategy usual) {
		try {
			java.lang.reflect.Field handler = ExecutionStrategy.class.getDeclaredField("dataFetcherExceptionHandler");
			handler.setAccessible(true);
			return (DataFetcherExceptionHandler) handler.get(usual);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("The query strategy's exception handler is out of reach", ex);
		}
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		if (!context.isQueryOperation()
				|| Boolean.TRUE.equals(context.getGraphQLContext().get(ComposedReadsWiring.BY_LOADERS))) {
			return this.usual.execute(context, parameters);
		}
		Optional<Map<String, @Nullable Object>> answer = answer(context);
		return answer.isPresent()
				? CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().data(answer.get()).build())
				: this.usual.execute(context, parameters);
	}

	private Optional<Map<String, @Nullable Object>> answer(ExecutionContext context) {
		if (!context.getOperationDefinition().getSelectionSet().getSelections().stream().allMatch(this::composable)) {
			return Optional.empty();
		}
		GraphQLSchema schema = context.getGraphQLSchema();
		List<ExecutableNormalizedField> roots = context.getNormalizedQueryTree().get().getTopLevelFields();
		List<Root> plans = new ArrayList<>(roots.size());
		for (ExecutableNormalizedField root : roots) {
			if (root.getName().equals("__typename")) {
				plans.add(new Root(root, null, null, null));
				continue;
			}
			var selection = DataFetchingFieldSelectionSetImpl.newCollector(schema, root.getType(schema), () -> root);
			ComposedList list = this.lists.get(root.getName());
			if (list != null) {
				Optional<ListCompiler.Compilation> compilation = ListCompiler.compile(list.type(),
						selection.getImmediateFields());
				if (compilation.isEmpty()) {
					return Optional.empty();
				}
				plans.add(new Root(root, null, list, compilation.get()));
				continue;
			}
			if (!root.getName().equals("node")) {
				return Optional.empty();
			}
			Optional<GlobalId> id = GlobalId.decode((String) root.getResolvedArguments().get("id"));
			if (id.isEmpty()) {
				return Optional.empty();
			}
			Optional<NodeCompiler.Compilation> compilation = NodeCompiler.compile(id.get().type(), id.get().key(),
					selection.getImmediateFields());
			if (compilation.isEmpty()) {
				return Optional.empty();
			}
			plans.add(new Root(root, compilation.get(), null, null));
		}
		Writer writer = new Writer(schema, context.getGraphQLContext(), context.getLocale());
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		for (Root root : plans) {
			String key = root.field().getResultKey();
			if (root.list() != null && root.page() != null) {
				Optional<Connection<Map<String, Object>, ?>> page = root.list()
					.page(root.field().getResolvedArguments(), root.page().counted(), root.page().items().projection());
				Optional<Map<String, @Nullable Object>> connection = page
					.flatMap((read) -> writer.object(root.page().answer(read), root.field().getChildren()));
				if (connection.isEmpty()) {
					return Optional.empty();
				}
				data.put(key, connection.get());
				continue;
			}
			if (root.compilation() == null) {
				data.put(key, schema.getQueryType().getName());
				continue;
			}
			Map<String, Object> read = this.reads.read(root.compilation().plan());
			if (read == null) {
				data.put(key, null);
				continue;
			}
			Optional<Map<String, @Nullable Object>> node = writer.object(root.compilation().answer(read),
					root.field().getChildren());
			if (node.isEmpty()) {
				return Optional.empty();
			}
			data.put(key, node.get());
		}
		return Optional.of(data);
	}

	/**
	 * Whether a root selection may be composed, read from the document: any other query
	 * (the dashboard) goes its usual way without the normalized operation built first,
	 * and a root fragment does too.
	 */
	private boolean composable(Selection<?> selection) {
		return selection instanceof Field field && (field.getName().equals("node")
				|| field.getName().equals("__typename") || this.lists.containsKey(field.getName()));
	}

	/**
	 * A root field and its plan: a node's, or a list's; none for {@code __typename}.
	 */
	private record Root(ExecutableNormalizedField field, NodeCompiler.@Nullable Compilation compilation,
			@Nullable ComposedList list, ListCompiler.@Nullable Compilation page) {
	}

	/**
	 * Writes a composed object for its selection, or nothing when a value is not what the
	 * schema promises (the usual execution then answers, with its errors).
	 */
	private record Writer(GraphQLSchema schema, GraphQLContext context, Locale locale) {

		/** What {@link #value} answers for a value the schema would refuse. */
		private static final Object REFUSED = new Object();

		Optional<Map<String, @Nullable Object>> object(Compiled compiled, List<ExecutableNormalizedField> selection) {
			GraphQLObjectType type = this.schema.getObjectType(compiled.type());
			if (type == null) {
				return Optional.empty();
			}
			Map<String, @Nullable Object> answer = new LinkedHashMap<>();
			for (ExecutableNormalizedField field : selection) {
				String key = field.getResultKey();
				if (!field.getObjectTypeNames().contains(type.getName()) || answer.containsKey(key)) {
					continue;
				}
				if (field.getName().equals("__typename")) {
					answer.put(key, type.getName());
					continue;
				}
				GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
				Object value = (definition != null) ? value(definition.getType(), compiled.values().get(key), field)
						: REFUSED;
				if (value == REFUSED) {
					return Optional.empty();
				}
				answer.put(key, value);
			}
			return Optional.of(answer);
		}

		private @Nullable Object value(GraphQLOutputType type, @Nullable Object value,
				ExecutableNormalizedField field) {
			if (type instanceof GraphQLNonNull nonNull) {
				Object written = (value != null) ? value((GraphQLOutputType) nonNull.getWrappedType(), value, field)
						: null;
				return (written != null) ? written : REFUSED;
			}
			if (value == null) {
				return null;
			}
			if (type instanceof GraphQLList list) {
				if (!(value instanceof List<?> items)) {
					return REFUSED;
				}
				List<@Nullable Object> written = new ArrayList<>(items.size());
				for (Object item : items) {
					Object one = value((GraphQLOutputType) list.getWrappedType(), item, field);
					if (one == REFUSED) {
						return REFUSED;
					}
					written.add(one);
				}
				return written;
			}
			try {
				if (type instanceof GraphQLScalarType scalar) {
					return scalar.getCoercing().serialize(value, this.context, this.locale);
				}
				if (type instanceof GraphQLEnumType enumeration) {
					return enumeration.serialize(value, this.context, this.locale);
				}
			}
			catch (RuntimeException ex) {
				return REFUSED;
			}
			if (!(value instanceof Compiled compiled)) {
				return REFUSED;
			}
			Optional<Map<String, @Nullable Object>> object = object(compiled, field.getChildren());
			return object.isPresent() ? object.get() : REFUSED;
		}

	}

	/**
	 * Puts composed queries in front of the engine's own query strategy, which stays in
	 * charge of everything they do not answer (with the exception handling Spring for
	 * GraphQL gave it).
	 */
	static final class Installer implements Instrumentation {

		private final ComposedReads reads;

		private final Map<String, ComposedList> lists;

		private volatile @Nullable ComposedQueries strategy;

		Installer(ComposedReads reads, Map<String, ComposedList> lists) {
			this.reads = reads;
			this.lists = Map.copyOf(lists);
		}

		@Override
		public ExecutionContext instrumentExecutionContext(ExecutionContext context,
				InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
			ExecutionStrategy usual = context.getQueryStrategy();
			ComposedQueries composed = this.strategy;
			if (composed == null || composed.usual != usual) {
				if (usual instanceof ComposedQueries) {
					return context;
				}
				composed = new ComposedQueries(usual, this.reads, this.lists);
				this.strategy = composed;
			}
			ComposedQueries installed = composed;
			return context.transform((builder) -> builder.queryStrategy(installed));
		}

	}

}
