package org.grassroots.api.node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code Date} scalar (ISO-8601). A {@code Node}'s GraphQL type is found by Spring
 * for GraphQL's default resolver, from the simple name of the Java class behind it.
 */
@Component
class NodeWiring implements RuntimeWiringConfigurer {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date")
		.coercing(new DateCoercing())
		.build();

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.scalar(DATE);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date: " + value);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocalDate.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("Not an ISO-8601 date (YYYY-MM-DD): " + input);
			}
		}

		@Override
		public @Nullable LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return LocalDate.parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					// reported below
				}
			}
			throw new CoercingParseLiteralException("Not an ISO-8601 date (YYYY-MM-DD): " + input);
		}

	}

}
