package org.grassroots.api.paging;

import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * Describes what every list shares once, where the schema files leave it out: the paging
 * arguments, the connection, edge and node fields, the order inputs. A description
 * written in the schema wins.
 */
@Component
class ConnectionDescriptions extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

	private static final Map<String, String> ARGUMENTS = Map.of("first",
			"How many items from the start or from `after`: 1 to 100 (20 when neither `first` nor `last` is given).",
			"after", "A cursor (`pageInfo.endCursor`, or an edge's `cursor`): the page starts after its item.", "last",
			"How many items from the end or before `before`: 1 to 100.", "before",
			"A cursor (`pageInfo.startCursor`, or an edge's `cursor`): the page ends before its item.", "filter",
			"Narrows the list and its `totalCount`; all given parts must hold.", "orderBy",
			"How the list is ordered; by key, ascending, when absent. Cursors belong to the order they came from.");

	private static final Map<String, String> CONNECTION_FIELDS = Map.of("edges",
			"The items of this page, in list order, each with its cursor.", "pageInfo",
			"Where this page sits in the list, and the cursors to page on from it.");

	private static final Map<String, String> EDGE_FIELDS = Map.of("node", "The item.", "cursor",
			"Opaque: pass it as `after` (or `before`) to page on from this item.");

	private static final Map<String, String> ORDER_FIELDS = Map.of("field", "What to order by.", "direction",
			"Ascending (the default) or descending; the key breaks ties in the same direction.");

	private static final Map<String, String> NODE_FIELDS = Map.of("id",
			"Opaque global id; pass it to `node` or `nodes` as it is.", "key",
			"Stable business key; filters and queries that take keys accept it.");

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitorsToTransformSchema(List.of(this));
	}

	@Override
	public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = ARGUMENTS.get(argument.getName());
		if (argument.getDescription() == null && description != null) {
			return changeNode(context, argument.transform((builder) -> builder.description(description)));
		}
		return TraversalControl.CONTINUE;
	}

	@Override
	public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField field,
			TraverserContext<GraphQLSchemaElement> context) {
		String description = ORDER_FIELDS.get(field.getName());
		boolean inOrder = context.getParentNode() instanceof GraphQLInputObjectType input
				&& input.getName().endsWith("Order");
		if (field.getDescription() == null && inOrder && description != null) {
			return changeNode(context, field.transform((builder) -> builder.description(description)));
		}
		return TraversalControl.CONTINUE;
	}

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
			TraverserContext<GraphQLSchemaElement> context) {
		if (type.getDescription() == null && type.getName().endsWith("Edge")) {
			return changeNode(context,
					type.transform((builder) -> builder.description("An item of a page and its cursor.")));
		}
		return TraversalControl.CONTINUE;
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (field.getDescription() != null || !(context.getParentNode() instanceof GraphQLObjectType owner)) {
			return TraversalControl.CONTINUE;
		}
		String description = descriptions(owner).get(field.getName());
		return (description != null)
				? changeNode(context, field.transform((builder) -> builder.description(description)))
				: TraversalControl.CONTINUE;
	}

	private static Map<String, String> descriptions(GraphQLObjectType owner) {
		if (owner.getName().endsWith("Connection")) {
			return CONNECTION_FIELDS;
		}
		if (owner.getName().endsWith("Edge")) {
			return EDGE_FIELDS;
		}
		boolean node = owner.getInterfaces().stream().anyMatch((type) -> type.getName().equals("Node"));
		return node ? NODE_FIELDS : Map.of();
	}

}
