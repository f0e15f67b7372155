package io.ytbridge.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ytbridge.config.BridgeEndpoints;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The chat page at /sandbox/ (plain HTML, CSS and JS from classpath:/sandbox-page/, no build step): a Telegram-like
 * chat with the bot through the Telegram sandbox, beside a salon-admin panel on the Yclients sandbox. Served only
 * while Telegram runs as the sandbox.
 */
@Controller
@TelegramSandboxOnly
class SandboxPageController {

    private final BridgeEndpoints endpoints;

    SandboxPageController(BridgeEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping("/sandbox")
    String withSlash() {
        return "redirect:/sandbox/";
    }

    @GetMapping("/sandbox/")
    String page() {
        return "forward:/sandbox/index.html";
    }

    /** What the page needs to know: which sides are simulated, and the bot's name. */
    @GetMapping("/sandbox/_info")
    @ResponseBody
    Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("telegram_sandbox", true);
        info.put("yclients_sandbox", endpoints.yclientsSandbox());
        info.put("bot_username", BotApiSandbox.BOT_USERNAME);
        info.put("bot_name", BotApiSandbox.BOT_NAME);
        info.put("company_id", DemoSalon.COMPANY_ID);
        return info;
    }

    @Configuration(proxyBeanMethods = false)
    @TelegramSandboxOnly
    static class PageResources implements WebMvcConfigurer {

        @Override
        public void addResourceHandlers(ResourceHandlerRegistry registry) {
            registry.addResourceHandler("/sandbox/*.html", "/sandbox/*.css", "/sandbox/*.js")
                    .addResourceLocations("classpath:/sandbox-page/");
        }
    }
}
