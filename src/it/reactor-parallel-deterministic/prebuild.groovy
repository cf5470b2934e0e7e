// big-app deploys 3,000 components of 6 types (generated, not committed), so that its check overlaps the others'.
def types = ['ApexClass', 'Flow', 'CustomField', 'Layout', 'ApexTrigger', 'CustomLabel']
def xml = new StringBuilder('<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n')
types.eachWithIndex { type, t ->
    xml << '    <types>\n'
    (0..<500).each { i ->
        def member = type == 'CustomField' ? "Account.Field_${i}__c" : type == 'Layout' ? "Account-Layout ${i}" : "${type}_${i}"
        xml << "        <members>${member}</members>\n"
    }
    xml << "        <name>${type}</name>\n    </types>\n"
}
xml << '    <version>62.0</version>\n</Package>\n'
def manifest = new File(basedir, 'big-app/manifest/package.xml')
manifest.parentFile.mkdirs()
manifest.text = xml.toString()
return true
