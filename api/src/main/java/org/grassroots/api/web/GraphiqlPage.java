package org.grassroots.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL served from the application's own webjars, so it works without internet
 * access.
 */
@Controller
class GraphiqlPage {

	@GetMapping("/graphiql")
	String graphiql() {
		return "redirect:/graphiql/index.html";
	}

}
