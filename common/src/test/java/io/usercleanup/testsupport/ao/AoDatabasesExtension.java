package io.usercleanup.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each {@code @TestTemplate} method of a test class once per {@link ConfiguredDatabase#configured()
 * configured database}, with the namespace's tables freshly created once per class and emptied
 * before every test. Test methods take an {@link ActiveObjects} or an {@link AoDatabase} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AoDatabasesExtension DATABASES = new AoDatabasesExtension(NAMESPACE, ENTITIES);
 *
 * @TestTemplate
 * void savesIt(ActiveObjects ao) { ... }
 * }</pre>
 */
public final class AoDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(AoDatabasesExtension.class);

    private final String namespace;
    private final Class<? extends RawEntity<?>>[] entities;

    @SafeVarargs
    @SuppressWarnings("varargs")
    public AoDatabasesExtension(String namespace, Class<? extends RawEntity<?>>... entities) {
        this.namespace = namespace;
        this.entities = entities.clone();
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return ConfiguredDatabase.configured().stream().map(database -> invocation(database, context));
    }

    private TestTemplateInvocationContext invocation(ConfiguredDatabase target, ExtensionContext context) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return context.getDisplayName() + " [" + target.name() + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new DatabaseBinding(target));
            }
        };
    }

    private AoDatabase database(ConfiguredDatabase target, ExtensionContext context) {
        String key = target.url() + "|" + namespace + "|" + Arrays.toString(entities);
        OpenDatabase open = context.getRoot().getStore(STORE).getOrComputeIfAbsent(key,
                k -> new OpenDatabase(AoDatabase.open(target.url(), target.user(), target.password(), namespace, entities)),
                OpenDatabase.class);
        // Fresh tables once per test class, so a schema left by older code never leaks into a run.
        classContext(context).getStore(STORE).getOrComputeIfAbsent(key + "|created", k -> {
            open.database.recreateTables();
            return Boolean.TRUE;
        }, Boolean.class);
        return open.database;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    /** Gives one invocation its database, emptied first. */
    private final class DatabaseBinding implements BeforeEachCallback, ParameterResolver {

        private final ConfiguredDatabase target;

        DatabaseBinding(ConfiguredDatabase target) {
            this.target = target;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            database(target, context).deleteAllRows();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ActiveObjects.class || type == AoDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            AoDatabase database = database(target, context);
            return parameter.getParameter().getType() == AoDatabase.class ? database : database.activeObjects();
        }
    }

    /** Closes the database's connections when the test run ends. */
    private static final class OpenDatabase implements ExtensionContext.Store.CloseableResource {

        private final AoDatabase database;

        OpenDatabase(AoDatabase database) {
            this.database = database;
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
