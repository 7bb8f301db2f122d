// Generated from the top-level rules.yaml by `make generate`; a test fails when the two differ.
// swift-format-ignore-file

/// The default rules.yaml, compiled in so learnlint works with no file.
public enum DefaultRules {
    public static let yaml = #"""
# learnlint default rules for learnings documents (ALX ProDev Backend and similar programmes).
# This file is compiled into the binary: `learnlint init` writes it out, and a test checks the two agree.
version: 1

documents:
  include: ["**/README.md", "**/LEARNINGS.md", "**/learnings.md"]
  exclude: [".build/**", "**/node_modules/**", "**/.git/**"]
  max_bytes: 1048576

# Who wrote a document: the first source that yields a name wins.
contributors:
  - front_matter: author
  - path: "contributors/{name}/**"
  - folder: true

rules:
  - id: required-sections
    kind: sections
    severity: error
    sections:
      - id: technologies
        title: Key Technologies
        match: ["*technolog*", "*tech stack*", "stack", "my stack", "our stack", "the stack", "stack used", "tools*",
                "*tools", "*tools used*", "*tools and*", "*languages and frameworks*"]
        min_items: 3
        content: terms
      - id: concepts
        title: Important Backend Development Concepts
        match: ["*concept*", "*fundamentals*", "*principles*", "*topics covered*"]
        content: concepts
      - id: challenges
        title: Challenges Faced and Solutions Implemented
        match: ["*challenge*", "*problems*", "*issues faced*", "*issues i *", "*obstacles*", "*difficulties*",
                "*struggles*", "*hurdles*", "*roadblocks*", "*pain points*"]
      - id: solutions
        title: Solutions Implemented
        match: ["solution*", "how i solved*", "how i overcame*", "resolution*", "fixes*"]
        required: false
      - id: practices
        title: Best Practices and Personal Takeaways
        match: ["*best practice*", "*takeaway*", "*lessons learned*", "*lessons learnt*", "*key lessons*", "lessons",
                "*reflection*", "*do differently*"]
    order: [technologies, concepts, challenges, practices]

  # Technology names: one canonical spelling per technology. `aliases` are accepted other names;
  # `reject` lists real wrong spellings (each fixed by `learnlint fix`). Case and separator variants
  # (`python`, `docker compose`) need no listing unless the term is `case_sensitive`. `ambiguous`
  # spellings are ordinary words too: they count only in the technologies section, or right beside
  # another technology name (`Swagger + postman`). An unknown word one or two letters away from a
  # known name (`Kuberentes`), in a technologies context or shaped like a name, is reported with the
  # fix unless it is an English word (docs/configuration.md, "Near misspellings").
  - id: technology-names
    kind: vocabulary
    severity: warning
    section: technologies
    aliases_are: ok
    unknown: true
    terms:
      # Languages
      - { name: Python, reject: [Pyhton, Phyton] }
      - { name: JavaScript, aliases: [JS], reject: [Javascript, Java Script, Java-Script] }
      - { name: TypeScript, reject: [Typescript, Type Script] }
      - { name: Java }
      - { name: Go, aliases: [Golang], reject: [GoLang], ambiguous: [Go] }
      - { name: Rust, case_sensitive: true }
      - { name: Ruby, case_sensitive: true }
      - { name: PHP }
      - { name: C++, aliases: [CPP] }
      - { name: C# }
      - { name: Kotlin }
      - { name: Swift, ambiguous: [Swift] }
      - { name: Scala }
      - { name: Elixir, case_sensitive: true }
      - { name: Dart, ambiguous: [Dart] }
      - { name: Bash, case_sensitive: true, reject: [BASH] }
      - { name: PowerShell, reject: [Powershell, Power Shell] }
      - { name: SQL }
      - { name: HTML, aliases: [HTML5] }
      - { name: CSS, aliases: [CSS3] }
      - { name: Markdown, case_sensitive: true, reject: [MarkDown, markdown], ambiguous: [markdown] }

      # Web frameworks and runtimes
      - { name: Django }
      - { name: Django REST Framework, aliases: [DRF, Django REST framework], reject: [Django Rest Framework, Django rest framework] }
      - { name: Django Channels }
      - { name: Flask, case_sensitive: true, reject: [FLASK] }
      - { name: FastAPI, case_sensitive: true, reject: [Fast API, Fast Api, FastApi, Fastapi] }
      - { name: Node.js, aliases: [Node], reject: [NodeJS, NodeJs, Nodejs, Node JS], ambiguous: [Node] }
      - { name: Express, aliases: [Express.js], reject: [ExpressJS, Expressjs], ambiguous: [Express] }
      - { name: NestJS, aliases: [Nest.js], reject: [Nestjs] }
      - { name: Deno }
      - { name: Spring Boot, reject: [SpringBoot, Springboot] }
      - { name: Ruby on Rails, aliases: [Rails, RoR], reject: [Ruby On Rails, RubyOnRails], ambiguous: [Rails] }
      - { name: Laravel }
      - { name: Symfony }
      - { name: ASP.NET Core, reject: [ASP.Net Core, Asp.Net Core] }
      - { name: Gin, case_sensitive: true, ambiguous: [Gin] }
      - { name: Koa, case_sensitive: true, ambiguous: [Koa] }
      - { name: Actix Web, aliases: [Actix], reject: [Actix-web] }

      # Front end
      - { name: React, aliases: [React.js, ReactJS], reject: [Reactjs, ReactJs, React JS], case_sensitive: true }
      - { name: React Native, case_sensitive: true, reject: [React native, ReactNative] }
      - { name: Next.js, case_sensitive: true, reject: [NextJS, NextJs, Nextjs, Next JS, Next.JS] }
      - { name: Vue.js, aliases: [Vue], reject: [VueJS, VueJs, Vuejs, Vue JS] }
      - { name: Nuxt, aliases: [Nuxt.js], reject: [NuxtJS, Nuxtjs] }
      - { name: Angular, aliases: [AngularJS], case_sensitive: true, reject: [Angular JS] }
      - { name: Svelte, case_sensitive: true }
      - { name: jQuery, reject: [JQuery, Jquery, JQUERY] }
      - { name: Redux, case_sensitive: true }
      - { name: Tailwind CSS, aliases: [Tailwind], reject: [TailwindCSS, Tailwindcss], ambiguous: [Tailwind] }
      - { name: Bootstrap, case_sensitive: true, ambiguous: [Bootstrap] }
      - { name: Sass, aliases: [SCSS], reject: [SASS] }
      - { name: Webpack, reject: [WebPack] }
      - { name: Vite, case_sensitive: true, reject: [ViteJS] }
      - { name: Flutter, case_sensitive: true }

      # Python libraries and tooling
      - { name: Celery }
      - { name: SQLAlchemy, reject: [SqlAlchemy, Sqlalchemy, SQL Alchemy] }
      - { name: Alembic }
      - { name: Pydantic }
      - { name: Gunicorn }
      - { name: Uvicorn }
      - { name: asyncio, reject: [AsyncIO, Asyncio] }
      - { name: Jinja, aliases: [Jinja2] }
      - { name: NumPy, reject: [Numpy, NUMPY] }
      - { name: pandas, reject: [Pandas] }
      - { name: pip, reject: [PIP, Pip] }
      - { name: Pipenv, reject: [PipEnv] }
      - { name: Poetry, case_sensitive: true, ambiguous: [Poetry] }
      - { name: virtualenv, reject: [VirtualEnv, Virtualenv] }
      - { name: venv }
      - { name: Jupyter, aliases: [Jupyter Notebook, JupyterLab], reject: [Jupiter Notebook, Jupyter notebook] }
      - { name: Graphene, case_sensitive: true, aliases: [Graphene-Django] }
      - { name: drf-yasg }
      - { name: drf-spectacular }
      - { name: Flake8, aliases: [flake8] }
      - { name: Pylint, aliases: [pylint], reject: [PyLint] }
      - { name: mypy, reject: [MyPy, Mypy] }
      - { name: Black, case_sensitive: true, ambiguous: [Black] }
      - { name: isort, reject: [ISort, Isort] }
      - { name: Ruff, case_sensitive: true, ambiguous: [Ruff] }
      - { name: pre-commit, aliases: [Pre-commit], reject: [Pre-Commit, PreCommit, Precommit] }
      - { name: Django Ninja }
      - { name: Simple JWT, aliases: [djangorestframework-simplejwt, SimpleJWT] }
      - { name: django-filter }
      - { name: django-cors-headers }
      - { name: Django Debug Toolbar, aliases: [django-debug-toolbar] }
      - { name: Flower, case_sensitive: true, ambiguous: [Flower] }
      - { name: RQ, aliases: [Redis Queue], case_sensitive: true }
      - { name: Daphne, case_sensitive: true }
      - { name: uWSGI, reject: [UWSGI, Uwsgi] }
      - { name: WSGI, case_sensitive: true }
      - { name: ASGI, case_sensitive: true }
      - { name: psycopg, aliases: [psycopg2, psycopg3], reject: [Psycopg2, PsycoPG2] }
      - { name: python-dotenv, reject: [python dotenv] }
      - { name: Requests, case_sensitive: true, ambiguous: [Requests] }
      - { name: Beautiful Soup, aliases: [BeautifulSoup, bs4] }
      - { name: Pillow, case_sensitive: true, ambiguous: [Pillow] }
      - { name: Strawberry, case_sensitive: true, ambiguous: [Strawberry] }
      - { name: Ariadne, case_sensitive: true }
      - { name: GraphiQL, reject: [Graphiql, GraphiQl] }
      - { name: Apollo, case_sensitive: true, ambiguous: [Apollo] }
      - { name: Hasura }

      # Style guides, workflows and conventions
      - { name: PEP 8, reject: [PEP8, PEP-8] }
      - { name: PEP 257, reject: [PEP257] }
      - { name: Gitflow, aliases: [gitflow, git-flow], reject: [GitFlow, Git Flow] }
      - { name: GitHub Flow, reject: [Github Flow, Github flow] }
      - { name: Conventional Commits, reject: [Conventional commits] }
      - { name: Semantic Versioning, aliases: [SemVer], reject: [Semver] }
      - { name: Twelve-Factor App, aliases: [12-Factor App, Twelve-Factor, 12-factor app] }

      # JavaScript tooling and libraries
      - { name: npm, reject: [NPM, Npm] }
      - { name: Yarn, case_sensitive: true }
      - { name: pnpm, reject: [PNPM] }
      - { name: ESLint, reject: [Eslint, EsLint] }
      - { name: Prettier, case_sensitive: true }
      - { name: Babel, case_sensitive: true }
      - { name: Axios, case_sensitive: true }
      - { name: Socket.IO, reject: [SocketIO, Socket.io] }
      - { name: Mongoose, case_sensitive: true }
      - { name: Sequelize }
      - { name: Prisma }
      - { name: TypeORM, reject: [TypeOrm, Typeorm] }
      - { name: Passport.js, reject: [PassportJS] }
      - { name: Hibernate, case_sensitive: true }

      # Databases and storage
      - { name: PostgreSQL, aliases: [Postgres], reject: [PostgresSQL, PostgresQL, Postgre, Postgre SQL, Postgress, PostGreSQL, PostgreSql] }
      - { name: MySQL, reject: [MySql, Mysql] }
      - { name: SQLite, aliases: [SQLite3], reject: [SQLlite, SqLite, Sqlite, SQL Lite] }
      - { name: MariaDB, reject: [Maria DB, MariaDb] }
      - { name: Microsoft SQL Server, aliases: [SQL Server, MSSQL], case_sensitive: true, reject: [MS SQL Server, MsSQL] }
      - { name: Oracle Database, aliases: [Oracle DB] }
      - { name: MongoDB, aliases: [Mongo], reject: [Mongo DB, MongoDb, Mongodb] }
      - { name: Redis, reject: [REDIS] }
      - { name: Memcached, reject: [MemCached] }
      - { name: Elasticsearch, reject: [ElasticSearch, Elastic Search] }
      - { name: OpenSearch, reject: [Opensearch] }
      - { name: Apache Cassandra, aliases: [Cassandra] }
      - { name: DynamoDB, reject: [Dynamo DB, DynamoDb] }
      - { name: Neo4j, reject: [Neo4J] }
      - { name: CouchDB, reject: [Couch DB] }
      - { name: InfluxDB, reject: [Influx DB] }
      - { name: ClickHouse, reject: [Clickhouse] }
      - { name: Firebase, reject: [FireBase] }
      - { name: Firestore, reject: [FireStore] }
      - { name: Supabase, reject: [SupaBase] }
      - { name: BigQuery, case_sensitive: true, reject: [Big Query, Bigquery] }
      - { name: NoSQL, reject: [NOSQL, NoSql] }
      - { name: pgAdmin, reject: [PgAdmin, PGAdmin, Pgadmin] }
      - { name: MySQL Workbench }
      - { name: DBeaver, reject: [Dbeaver] }

      # Message brokers, queues and streaming
      - { name: RabbitMQ, reject: [Rabbit MQ, RabbitMq, Rabbitmq] }
      - { name: Apache Kafka, aliases: [Kafka] }
      - { name: ZeroMQ, aliases: [ZMQ], reject: [Zero MQ, ZeroMq] }
      - { name: Amazon SQS, aliases: [SQS, AWS SQS] }
      - { name: Apache ActiveMQ, aliases: [ActiveMQ], reject: [Active MQ] }
      - { name: MQTT }
      - { name: AMQP }
      - { name: Apache Spark, aliases: [Spark, PySpark], ambiguous: [Spark] }
      - { name: Apache Hadoop, aliases: [Hadoop] }
      - { name: Apache Airflow, aliases: [Airflow], ambiguous: [Airflow] }

      # Version control and CI/CD
      - { name: Git, case_sensitive: true, reject: [GIT] }
      - { name: GitHub, reject: [Github, Git Hub, GITHUB] }
      - { name: GitHub Actions, reject: [Github Actions, GitHub Action, Github Action, Git Hub Actions, Github actions] }
      - { name: GitHub Copilot, reject: [Github Copilot] }
      - { name: GitLab, reject: [Gitlab, Git Lab] }
      - { name: GitLab CI/CD, aliases: [GitLab CI], reject: [Gitlab CI, Gitlab CI/CD] }
      - { name: Bitbucket, reject: [BitBucket, Bit Bucket] }
      - { name: Bitbucket Pipelines }
      - { name: Jenkins, reject: [Jenkin] }
      - { name: CircleCI, reject: [Circle CI, CircleCi, Circleci] }
      - { name: Travis CI, reject: [TravisCI, Travis-Ci] }
      - { name: Argo CD, aliases: [ArgoCD], reject: [Argocd] }
      - { name: CI/CD, reject: [CICD, CI-CD, CI CD] }
      - { name: SonarQube, reject: [Sonarqube, Sonar Qube] }

      # Containers and orchestration
      - { name: Docker, reject: [DOCKER] }
      - { name: Docker Compose, reject: [docker-compose, Docker-Compose, Docker compose, docker compose] }
      - { name: Dockerfile, reject: [DockerFile, Docker file, Docker File] }
      - { name: Docker Hub, reject: [DockerHub, Dockerhub] }
      - { name: Docker Swarm }
      - { name: Kubernetes, aliases: [K8s], reject: [Kubernates, Kubernets, Kubenetes] }
      - { name: kubectl, reject: [Kubectl] }
      - { name: minikube, reject: [Minikube, MiniKube] }
      - { name: Helm, case_sensitive: true }
      - { name: Podman }
      - { name: OpenShift, reject: [Openshift, Open Shift] }

      # Cloud, hosting and infrastructure
      - { name: AWS, aliases: [Amazon Web Services] }
      - { name: Amazon EC2, aliases: [EC2, AWS EC2] }
      - { name: Amazon S3, aliases: [S3, AWS S3] }
      - { name: Amazon RDS, aliases: [RDS, AWS RDS] }
      - { name: AWS Lambda }
      - { name: AWS Elastic Beanstalk, aliases: [Elastic Beanstalk] }
      - { name: Amazon ECS, aliases: [ECS, AWS ECS] }
      - { name: Amazon EKS, aliases: [EKS, AWS EKS] }
      - { name: AWS CloudFormation, aliases: [CloudFormation], reject: [Cloudformation] }
      - { name: Google Cloud, aliases: [GCP, Google Cloud Platform] }
      - { name: Google App Engine }
      - { name: Azure, aliases: [Microsoft Azure], case_sensitive: true }
      - { name: Heroku }
      - { name: Netlify }
      - { name: Vercel }
      - { name: Render, ambiguous: [Render] }
      - { name: Railway, ambiguous: [Railway] }
      - { name: Fly.io, reject: [FlyIO, Flyio, Fly-io] }
      - { name: Koyeb }
      - { name: GitHub Pages, reject: [Github Pages, Github pages] }
      - { name: AWS Amplify }
      - { name: Azure App Service }
      - { name: Cloudinary }
      - { name: Mailtrap, reject: [MailTrap] }
      - { name: DigitalOcean, reject: [Digital Ocean, Digitalocean] }
      - { name: PythonAnywhere, reject: [Pythonanywhere] }
      - { name: Cloudflare, reject: [CloudFlare, Cloud Flare] }
      - { name: Terraform, reject: [TerraForm] }
      - { name: Ansible }
      - { name: Vagrant, case_sensitive: true }
      - { name: VirtualBox, reject: [Virtualbox] }
      - { name: Nginx, aliases: [NGINX, nginx], reject: [Ngnix] }
      - { name: Apache HTTP Server, aliases: [Apache httpd] }
      - { name: HAProxy, reject: [Haproxy, HA Proxy] }
      - { name: Traefik }
      - { name: Linux }
      - { name: Ubuntu }
      - { name: Debian }
      - { name: CentOS, reject: [Centos] }
      - { name: macOS, reject: [MacOS, MacOs, Mac OS] }
      - { name: WSL, aliases: [Windows Subsystem for Linux] }
      - { name: cron, aliases: [Cron, crontab] }
      - { name: systemd, reject: [SystemD, Systemd] }

      # Monitoring and logging
      - { name: Prometheus }
      - { name: Grafana }
      - { name: Sentry, case_sensitive: true }
      - { name: Datadog, reject: [DataDog] }
      - { name: New Relic, reject: [NewRelic] }
      - { name: ELK Stack, aliases: [ELK] }
      - { name: Logstash, reject: [LogStash] }
      - { name: Kibana }
      - { name: OpenTelemetry, reject: [Open Telemetry, Opentelemetry] }
      - { name: Jaeger, case_sensitive: true }

      # Testing
      - { name: pytest, reject: [PyTest, Pytest, Py.test] }
      - { name: unittest, reject: [UnitTest, Unittest] }
      - { name: Selenium, case_sensitive: true }
      - { name: Cypress, case_sensitive: true }
      - { name: Playwright, case_sensitive: true }
      - { name: Jest, case_sensitive: true }
      - { name: Mocha, case_sensitive: true }
      - { name: JUnit, reject: [Junit] }
      - { name: Postman, case_sensitive: true, reject: [PostMan, postman], ambiguous: [postman] }
      - { name: Locust, case_sensitive: true }
      - { name: Apache JMeter, aliases: [JMeter], reject: [Jmeter] }
      - { name: k6 }
      - { name: pytest-django, reject: [Pytest-Django, PyTest-Django] }
      - { name: coverage.py }
      - { name: Factory Boy, aliases: [factory_boy, factory-boy] }
      - { name: Hypothesis, case_sensitive: true, ambiguous: [Hypothesis] }
      - { name: tox, case_sensitive: true, ambiguous: [tox] }
      - { name: doctest, reject: [DocTest, Doctest] }
      - { name: Insomnia, case_sensitive: true, ambiguous: [Insomnia] }
      - { name: HTTPie, reject: [Httpie, HttPie] }

      # API styles, protocols and formats
      - { name: REST, aliases: [RESTful, REST API, REST APIs, RESTful API, RESTful APIs], case_sensitive: true,
          reject: [Restful, Rest API, Rest APIs, Restful API, Restful APIs] }
      - { name: GraphQL, reject: [GraphQl, Graphql, Graph QL] }
      - { name: gRPC, reject: [GRPC, Grpc] }
      - { name: SOAP, case_sensitive: true }
      - { name: WebSocket, aliases: [WebSockets], reject: [Websocket, Websockets, Web Socket, Web Sockets] }
      - { name: HTTP }
      - { name: HTTPS }
      - { name: SSH, case_sensitive: true }
      - { name: DNS }
      - { name: TLS, aliases: [SSL/TLS] }
      - { name: SMTP }
      - { name: JSON, reject: [Json] }
      - { name: XML }
      - { name: YAML, reject: [Yaml] }
      - { name: CSV }
      - { name: Protocol Buffers, aliases: [Protobuf], reject: [ProtoBuf, Protocol Buffer] }
      - { name: OpenAPI, reject: [OpenApi, Openapi] }
      - { name: Swagger }
      - { name: Swagger UI, reject: [SwaggerUI] }
      - { name: ReDoc, reject: [ReDocs] }
      - { name: Stoplight }
      - { name: API Blueprint }
      - { name: JWT, aliases: [JSON Web Token, JSON Web Tokens], reject: [Jwt] }
      - { name: OAuth, aliases: [OAuth2, OAuth 2.0], reject: [Oauth, Oauth2, OAUTH] }
      - { name: CORS, case_sensitive: true }

      # Authentication, payments and messaging services
      - { name: Auth0 }
      - { name: Keycloak, reject: [KeyCloak] }
      - { name: Stripe, case_sensitive: true }
      - { name: PayPal, reject: [Paypal] }
      - { name: Chapa, case_sensitive: true }
      - { name: Twilio }
      - { name: SendGrid, reject: [Sendgrid] }
      - { name: Mailgun, reject: [MailGun] }

      # Editors, tools and services
      - { name: VS Code, aliases: [Visual Studio Code], reject: [VSCode, VScode, Vscode, VS code] }
      - { name: PyCharm, reject: [Pycharm] }
      - { name: Vim, case_sensitive: true }
      - { name: tmux, reject: [Tmux, TMUX] }
      - { name: ngrok, reject: [Ngrok, NGROK] }
      - { name: Homebrew, case_sensitive: true }
      - { name: Anaconda, case_sensitive: true }
      - { name: Jira, reject: [JIRA] }
      - { name: Trello }
      - { name: Figma }
      - { name: draw.io, aliases: [diagrams.net] }
      - { name: Lucidchart, reject: [LucidChart, Lucid Chart] }
      - { name: dbdiagram.io, aliases: [dbdiagram] }
      - { name: MkDocs, reject: [Mkdocs, MKDocs] }
      - { name: Sphinx, case_sensitive: true, ambiguous: [Sphinx] }
      # "read the docs" is advice too: the name counts, and is spelt, only where technologies are listed.
      - { name: Read the Docs, aliases: [ReadTheDocs], ambiguous: true }
      - { name: Mermaid, case_sensitive: true, ambiguous: [Mermaid] }
      - { name: Zsh, aliases: [zsh], reject: [ZSH] }
      - { name: Slack, case_sensitive: true, ambiguous: [Slack] }
      - { name: Notion, case_sensitive: true, ambiguous: [Notion] }
      - { name: Discord, case_sensitive: true, ambiguous: [Discord] }

      # AI and machine learning
      - { name: ChatGPT, reject: [Chat GPT, ChatGpt, chatGPT] }
      - { name: OpenAI, case_sensitive: true, reject: [Open AI, OpenAi, Openai] }
      - { name: LangChain, reject: [Langchain] }
      - { name: Hugging Face, reject: [HuggingFace, Huggingface] }
      - { name: TensorFlow, reject: [Tensorflow] }
      - { name: PyTorch, reject: [Pytorch] }
      - { name: scikit-learn, aliases: [sklearn], reject: [Scikit-Learn, SciKit-Learn, Scikit learn, scikit learn] }

  # Inline `<!-- learnlint-disable … -->` comments: unknown rule ids and unused suppressions (docs/suppressions.md).
  - id: suppressions
    kind: suppressions
    severity: warning

  # Challenges and their solutions, in any of the common formats (docs/pairing.md).
  - id: challenge-solution
    kind: pairing
    severity: error
    section: challenges
    solutions_section: solutions
    # The language of the pairing heuristics: words that label or name a challenge (`first`) and a
    # solution (`then`), and the named lists of `lexicon` (docs/pairing.md says what each does).
    # Another language replaces them here; a list left out keeps these English defaults.
    first: [challenge, problem, issue, struggle, struggled, difficult, difficulty, hard, obstacle, hurdle, blocker,
            pain point, trouble, bug, "❌"]
    then: [solution, solve, resolve, resolution, fix, overcame, overcome, to overcome, addressed, to address, tackled,
           workaround, worked around, mitigated, mitigation, figured out, managed to, sorted out, got around,
           get around, switched to, how i solved it, how i fixed it, the trick is, the trick was, "✅", "✔️"]
    lexicon:
      # Word endings a keyword's last word may take (`fix` → fixes, fixed); `e>ing`: a final e becomes -ing.
      endings: [s, es, d, ed, ing, er, est, e>ing, e>ed, y>ies, y>ied]
      plural_endings: [s, es]
      difficulty: [could not, couldn't, can't, cannot, did not work, didn't work, fail, failure, slow, broke, broken,
                   crash, error, timeout, timed out, leak, conflict, confusing, confused, unclear, lost, flaky, outage,
                   bottleneck, overwhelming, steep, stuck, struggling, unable, painful, tedious, tricky, complex,
                   complicated, inconsistent, unreliable, hung, deadlock, race condition, spike, drift, disappeared,
                   miss, block, blocker, unsolved, unresolved, ongoing, investigating, no idea]
      # Words that say the story is not over, but only in a clause that also denies ("I still don't get it").
      unfinished: [still, yet]
      negations: [not, no, never, without, unable, cannot, nor, zero, nothing]
      negation_endings: ["n't"]
      negation_fillers: [any, major, real, big, serious, significant, particular, much, many, really, other, face,
                         faced, encounter, encountered, experience, experienced, have, had, run, ran, into]
      action_subjects: [i, we, "i've", "we've", "i'd"]
      action_connectors: [so, then, eventually, finally, later, afterwards, ultimately, thus, hence, and, but, which,
                          until, once, after]
      # Inside a clause that opens with the problem, these hand over to the author's action
      # ("Timezone bugs were everywhere until we stored everything in UTC").
      turn_connectors: [until, so, then]
      action_adverbs: [then, finally, eventually, also, later, ultimately, quickly, just, simply, now, successfully]
      # After one of these adverbs a present tense reports a habit that replaced the problem ("I now store …").
      habit_adverbs: [now]
      # Past tenses that report doing something; `past_endings` adds regular ones (of five letters or more).
      action_verbs: [used, made, ran, set, put, wrote, read, built, rebuilt, rewrote, drew, redrew, chose, took,
                     learnt, learned, split, sought, overcame, went, understood, began, fought, taught, gave, did,
                     decided]
      past_endings: [ed]
      # A past tense that tells the difficulty or an attempt, not what solved it.
      attempt_verbs: [struggled, failed, faced, encountered, experienced, needed, wanted, tried, noticed, realized,
                      realised, wondered, worried, panicked, crashed, confused, stumbled, started, attempted, hoped,
                      expected, assumed, underestimated, lacked, missed, required, lagged, stalled, timed, blocked,
                      limited, stuck, suffered, wasted, doubted, overwhelmed, frustrated, puzzled, confronted, dreaded,
                      feared, slowed, exceeded, caused, produced, returned, raised, thrown, showed, appeared, occurred,
                      happened, seemed, involved, included, affected, exposed, mixed, shared, based, related, advanced,
                      complicated, outdated, nested, unexpected, undocumented, unrelated, repeated, scattered]
      # The word between a verb and its infinitive ("hesitated to ask"): such a verb is an attitude, not an action.
      infinitive_markers: [to]
      # Verbs that open a terse solution as an instruction or a gerund ("Use a bridge network").
      instruction_verbs: [use, using, add, adding, switch, switching, pin, pinning, configure, configuring, enable,
                          enabling, install, installing, implement, implementing, create, creating, move, moving,
                          cache, caching, wrap, wrapping, replace, replacing, upgrade, upgrading, refactor,
                          refactoring, introduce, introducing, set, setting, split, splitting, adopt, adopting,
                          rewrite, rewriting, automate, automating, document, documenting, increase, increasing,
                          reduce, reducing, isolate, isolating, batch, batching, migrate, migrating, retry, retrying,
                          leverage, leveraging, utilize, utilizing, utilise, utilising, apply, applying, break,
                          breaking, read, reading, ask, asking, practice, practicing, practise, practising, study,
                          studying, follow, following, consult, consulting, watch, watching, run, running, take,
                          taking, join, joining, make, making, turn, turning]
      # "By reading the docs …": a means word followed by a gerund.
      means: [by]
      gerund_endings: [ing]
      # Words that credit something with the outcome ("joining a study group helped", "practice paid off").
      outcomes: [helped, helps, paid off, did the trick, made it click, made it easier, made it easy, made it natural, cured]
      # A sentence that says the solutions are written elsewhere is no solution.
      pointers: [described in, documented in, covered in, listed in, explained in, detailed in, see the, see below,
                 in the next section, later in this]
      # Sub-headings that close or frame a section rather than name a challenge.
      closing_titles: [conclusion, conclusions, summary, overview, introduction, notes, reflection, reflections, wrap,
                       recap, final, references, resources, tldr]
      placeholders: [tbd, tba, todo, to do, to be added, to be done, to be completed, to be updated, coming soon, n a,
                     na, none, none yet, nothing, nothing yet, wip, work in progress, fill in later, more to come,
                     placeholder, soon, pending]
      # Table headers of a solution column besides the `then` words; `story_labels` also answer in a list.
      solution_headers: [approach, action, actions taken, what i did, how, how i handled it, outcome, result, lesson,
                         lessons, lesson learned, learned, learnt, takeaway, mitigation, answer, remedy]
      story_labels: [approach, action, actions taken, what i did, how i handled it, outcome, result, lesson, lessons,
                     lesson learned, takeaway, mitigation, remedy]

  # Corpus-wide rules: each document records compact facts; the corpus pass (and `learnlint merge`) judges them.
  - id: spelling-consistency
    kind: consistency
    severity: warning

  - id: near-duplicate
    kind: duplicates
    severity: warning
    threshold: 0.8

  - id: template-placeholders
    kind: placeholders
    severity: warning

  # Why a document renders wrong on GitHub though it looks right in an editor: an unclosed fence, escaped
  # or indented Markdown, word-processor and chat-assistant pastes, accidental setext headings, merge-conflict
  # markers, mojibake and #links to no heading (kind `rendering` in docs/rules.md; `fix` applies the safe repairs).
  - id: rendering-pitfalls
    kind: rendering
    severity: warning

coverage:
  sections: required-sections
  terms: [technology-names]
  # A term becomes a column once a tenth of the contributors mention it: the page shows what the
  # cohort works with, not every name the vocabulary knows. List a term here to always show it.
  min_share: 0.1
  fail_under: 60
  # roster: roster.csv          # expected contributors (a name column; cohort, mentor… optional)
  # group_by: cohort            # group and subtotal by a roster column

# Concepts that coverage counts: a concept is covered when one of its patterns matches a run of
# words in a heading, a list item or a table cell (normalised like titles; code never counts).
concepts:
  - { name: Database design, match: ["database design*", "database model*", "data model*", "schema design", "normali?ation", "erd", "entity relationship*"] }
  - { name: API design, match: ["api design*", "rest*", "restful*", "api versioning", "api development"] }
  - { name: Caching, match: ["caching*", "cache", "caches", "cached"] }
  - { name: Asynchronous programming, match: ["asynchronous*", "async", "background task*", "task queue*", "concurrency"] }
  - { name: Authentication and authorization, match: ["authentication", "authori?ation", "jwt", "oauth*", "access control"] }
  - { name: Testing, match: ["testing", "unit test*", "integration test*", "test driven*", "tdd"] }
  - { name: Security, match: ["security", "secure coding", "input validation", "owasp"] }
  - { name: CI/CD, match: ["ci cd", "continuous integration*", "continuous deployment*", "continuous delivery*"] }
  - { name: Containerization, match: ["containeri?ation", "containers", "containerized"] }
  - { name: Message queues, match: ["message queue*", "message broker*", "pub sub", "event driven*"] }
  - { name: Scalability and performance, match: ["scalab*", "performance*", "load balancing", "optimi?ation*"] }
  - { name: Documentation, match: ["documentation", "api documentation", "swagger", "openapi"] }
  - { name: Design patterns, match: ["design pattern*", "solid principles", "dependency injection", "clean architecture"] }
  - { name: Version control, match: ["version control*", "branching strateg*", "git workflow*"] }
  - { name: Microservices, match: ["microservice*", "service oriented architecture", "distributed system*"] }
  - { name: Monitoring and logging, match: ["monitoring*", "logging*", "observability"] }

"""#
}
