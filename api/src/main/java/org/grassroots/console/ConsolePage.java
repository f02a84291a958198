package org.grassroots.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the console's single page; everything else it shows comes from the API.
 */
@Controller
class ConsolePage {

	@GetMapping({ "/console", "/console/" })
	String console() {
		return "forward:/console/index.html";
	}

}
