package org.grassroots.api.paging;

import java.util.List;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires every feature's {@link ListFields}, their exceptions resolved by the same
 * {@code @GraphQlExceptionHandler} advice as the controllers' methods.
 */
@Component
class ListFieldsWiring implements RuntimeWiringConfigurer {

	private final List<ListFields<?, ?, ?, ?>> lists;

	private final AnnotatedControllerConfigurer controllers;

	ListFieldsWiring(ObjectProvider<ListFields<?, ?, ?, ?>> lists, AnnotatedControllerConfigurer controllers) {
		this.lists = lists.orderedStream().toList();
		this.controllers = controllers;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		this.lists.forEach((list) -> list.configure(builder, this.controllers.getExceptionResolver()));
	}

}
