// Runs after the three builds of invoker.properties.
def migrations = new File(basedir, 'src/main/java/com/acme/billing/migrations')
def revisions = migrations.listFiles().findAll { it.name ==~ /V\d{8}_\d{4}_.*\.java/ }
assert revisions.size() == 1 : "expected exactly one generated revision, found ${revisions*.name}"

def source = revisions[0].text
def id = (source =~ /@Revision\(id = "([0-9a-f]{12})"/)[0][1]
assert source.contains('op.createTable("Invoice"')

def snapshot = new File(migrations, 'retort-snapshot.json')
assert snapshot.isFile() : 'snapshot missing'
assert snapshot.text.contains("\"revision\": \"${id}\"") : 'snapshot does not name the revision'

def index = new File(basedir, 'target/classes/META-INF/retort/revisions')
assert index.text.contains("com.acme.billing.migrations.${revisions[0].name - '.java'}")
assert new File(basedir, "target/classes/com/acme/billing/migrations/${revisions[0].name - '.java'}.class").isFile()

// build.log holds the output of all three builds: only the first one generated anything.
def log = new File(basedir, 'build.log').text
assert log.count('[RT900 RevisionGenerated]') == 1 : 'a later build generated a revision again'
assert log.count('BUILD SUCCESS') == 3
assert !log.contains('[ERROR]')
return true
