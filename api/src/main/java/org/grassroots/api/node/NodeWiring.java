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
 * The {@code Date} scalar (ISO-8601), bounded to 1900-01-01 … 2199-12-31. A
 * {@code Node}'s GraphQL type is found by Spring for GraphQL's default resolver, from the
 * simple name of the Java class behind it; {@link NodeTypes} wires each type's {@code id}
 * and {@code key}.
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

		static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

		static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

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
				return inRange(LocalDate.parse(String.valueOf(input)));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw new CoercingParseValueException(message(input));
			}
		}

		@Override
		public @Nullable LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return inRange(LocalDate.parse(text.getValue()));
				}
				catch (DateTimeParseException | IllegalArgumentException ex) {
					throw new CoercingParseLiteralException(message(text.getValue()));
				}
			}
			throw new CoercingParseLiteralException(message(input));
		}

		/**
		 * Dates far outside the domain are not dates a client means, and some arguments
		 * scale their work with the span between two dates.
		 */
		private static LocalDate inRange(LocalDate date) {
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				throw new IllegalArgumentException();
			}
			return date;
		}

		private static String message(Object input) {
			return "Not an ISO-8601 date (YYYY-MM-DD) between " + EARLIEST + " and " + LATEST + ": " + input;
		}

	}

}
