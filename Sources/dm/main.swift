import DMCLI
import Foundation

exit(await DM.run(Array(CommandLine.arguments.dropFirst()), in: .process))
