package org.b2b.customers.web.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.invitation.AcceptAsAccountUseCase;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.RegisterUseCase;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.application.invitation.ViewRegistrationUseCase;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.AuthenticateUseCase;
import org.b2b.customers.application.user.SignInHeld;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.web.FormFields;
import org.b2b.customers.web.RequestRefused;
import org.b2b.customers.web.TrustedProxies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration page that invitation links open, {@code /register/{token}}: showing it only reads the
 * invitation, and only submitting its form registers, through the same use case as the JSON API. Someone invited
 * with the address of their existing account signs in with its password on the form, through the same sign-in and
 * limits as the API's login. Wrong fields come back on the form beside their field; a link that cannot be used gets
 * a page that says why. Every page speaks the visitor's language, chosen as for the sign-in page, with the same
 * switch in its header.
 */
public final class RegistrationPages {

    public static final String PATH = "/register/{token}";

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationPages.class);
    private static final String FORM = "registration/form.jte";
    private static final String REGISTERED = "registration/registered.jte";

    private final ViewRegistrationUseCase viewRegistration;
    private final RegisterUseCase register;
    private final AuthenticateUseCase signIn;
    private final AcceptAsAccountUseCase acceptAsAccount;
    private final TrustedProxies proxies;
    private final Pages pages = new Pages();
    private final FormProtection protection;

    private RegistrationPages(InvitationUseCases invitations, UserUseCases users, TrustedProxies proxies) {
        this.viewRegistration = invitations.viewRegistration();
        this.register = invitations.register();
        this.signIn = users.authenticate();
        this.acceptAsAccount = invitations.acceptAsAccount();
        this.proxies = proxies;
        this.protection = new FormProtection(proxies);
    }

    /** Adds the registration page, and the stylesheet it uses, to a server being configured. */
    public static void install(JavalinConfig config, InvitationUseCases invitations, UserUseCases users,
            TrustedProxies proxies) {
        RegistrationPages registration = new RegistrationPages(invitations, users, proxies);
        config.routes.get(PATH, registration.friendly(registration::show));
        config.routes.post(PATH, registration.friendly(registration::submit));
        Assets.install(config);
    }

    private void show(Context ctx) {
        Optional<RegistrationView> view = open(ctx);
        if (view.isPresent()) {
            render(ctx, 200, FORM, RegistrationForm.of(view.get(), null, null, protection.issue(ctx)));
        }
    }

    private void submit(Context ctx) {
        FormFields fields = FormFields.read(ctx, "body");
        if (!protection.accepts(ctx, fields.value(FormProtection.FIELD))) {
            pages.notice(ctx, Notice.FORM_REJECTED);
            return;
        }
        Optional<RegistrationView> view = open(ctx);
        if (view.isEmpty()) {
            return;
        }
        String firstName = fields.value("firstName");
        String lastName = fields.value("lastName");
        String password = fields.value("password");
        Messages m = Languages.of(ctx);
        RegistrationForm form = RegistrationForm.of(view.get(), firstName, lastName, protection.issue(ctx));
        if (!fields.errors().isEmpty()) {
            render(ctx, 422, FORM, form.withErrors(RegistrationErrors.of(m, fields.errors())));
            return;
        }
        if (!Objects.equals(password, fields.value("passwordConfirmation"))) {
            render(ctx, 422, FORM, form.withErrors(RegistrationErrors.of(m,
                    mismatchedConfirmation(firstName, lastName, password))));
            return;
        }
        try {
            joinAs(ctx, view.get(), firstName, lastName, password);
        } catch (SignInHeld e) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            render(ctx, e.busy() ? 503 : 429, FORM, form.withErrors(List.of(new FormError("password",
                    m.text(e.busy() ? "signIn.busy" : "signIn.held", m.number(e.retryAfterSeconds()))))));
            return;
        } catch (InvalidInputException e) {
            render(ctx, 422, FORM, form.withErrors(RegistrationErrors.of(m, e.errors())));
            return;
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                render(ctx, 422, FORM, form.withErrors(RegistrationErrors.of(m, List.of(new FieldError("password",
                        "wrong_password", "this is not the password of your account")))));
            } else {
                pages.notice(ctx, Notice.of(e));
            }
            return;
        }
        protection.forget(ctx);
        render(ctx, 200, REGISTERED, new Registered(view.get().companyName(), view.get().email()));
    }

    /** A page of the registration in the visitor's language, with the switch to the other, as sign-in has it. */
    private void render(Context ctx, int status, String template, Object page) {
        pages.render(ctx, status, template, Frame.of(ctx, Optional.empty(), ""), page);
    }

    /**
     * Registers a new account; an email that has one already joins as that account through the sign-in and its
     * limits, never through a password check of its own. The page looks the same either way until it is sent.
     */
    private void joinAs(Context ctx, RegistrationView view, String firstName, String lastName, String password) {
        String token = ctx.pathParam("token");
        try {
            register.register(new RegisterCommand(token, firstName, lastName, password));
        } catch (DomainException e) {
            if (e.errorCode() != InvitationErrorCode.REGISTRATION_SIGN_IN_REQUIRED) {
                throw e;
            }
            UserView account = signIn.authenticate(new AuthenticateCommand(view.email(), password, proxies.clientOf(ctx)));
            acceptAsAccount.acceptAs(token, account.id());
        }
    }

    /** The invitation behind the link, or empty when a page saying why it cannot be used has been sent. */
    private Optional<RegistrationView> open(Context ctx) {
        try {
            return Optional.of(viewRegistration.view(ctx.pathParam("token")));
        } catch (DomainException e) {
            pages.notice(ctx, Notice.of(e));
            return Optional.empty();
        }
    }

    /** The same checks the use case makes, so that a mistyped confirmation does not hide the other wrong fields. */
    private static List<FieldError> mismatchedConfirmation(String firstName, String lastName, String password) {
        List<FieldError> errors = new ArrayList<>();
        collect(errors, () -> PersonName.parse(firstName, lastName));
        collect(errors, () -> Password.parse("password", password));
        errors.add(new FieldError("passwordConfirmation", "mismatch", "does not match the password"));
        return errors;
    }

    private static void collect(List<FieldError> errors, Supplier<?> parse) {
        try {
            parse.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
    }

    /** A visitor sees a page, never a stack trace or a problem document, whatever goes wrong. */
    private Handler friendly(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (HttpResponseException e) {
                pages.notice(ctx, Notice.refusedRequest(e.getStatus()));
            } catch (RequestRefused e) {
                e.headers().forEach(ctx::header);
                pages.notice(ctx, Notice.refusedRequest(e.problem().status()));
            } catch (RuntimeException e) {
                LOG.error("unexpected failure on {} of a registration page", ctx.method(), e);
                pages.notice(ctx, Notice.INTERNAL);
            }
        };
    }
}
